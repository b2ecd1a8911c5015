// Keeps motcua_testsupport non-empty while tests/support/ grows.

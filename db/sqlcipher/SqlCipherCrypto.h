#pragma once

// MotCua's crypto provider for SQLCipher 3.4 (the Debian 12 library): the same algorithms and the
// same file format as SQLCipher's own OpenSSL provider (AES-256-CBC per page, HMAC-SHA1 over the
// ciphertext, IV and page number, PBKDF2-HMAC-SHA1 for the HMAC key), so the stock `sqlcipher`
// shell still opens our databases and we open its. What differs is the cost per page.
//
// Why: SQLCipher decrypts and HMAC-checks every page it reads from the file into its page cache.
// Its OpenSSL provider sets up OpenSSL 3 afresh for every page (a cipher context allocated,
// algorithms fetched, the AES key schedule expanded, an HMAC context allocated and keyed):
// ≈3.2 µs per 1 KiB page on the development VM, against ≈1.4 µs for the same work with the
// contexts kept. On cold random lookups over a million citizens (two pages missed per lookup)
// that setup alone was most of SQLCipher's extra cost over plain SQLite (docs/performance.md).
//
// This provider keeps, per SQLCipher cipher context (one per connection and direction, used under
// that connection's mutex), one keyed OpenSSL cipher context per direction (only the IV is reset
// per page) and the HMAC key's inner and outer SHA-1 states (HMAC as RFC 2104, the ipad and opad
// blocks hashed once per key). Keys are compared on every call, so a re-key just re-keys the
// cached contexts; all key material is wiped when SQLCipher frees the context.
//
// SQLCipher copies the registered provider into each new codec and frees the registered one when
// its last encrypted connection closes (then it registers its own again), so install() is called
// before every connection is keyed, not once per process. If ours is missing at that moment (a
// race with another thread's last close), the connection simply uses SQLCipher's own provider:
// slower, same format.

struct sqlite3;

namespace motcua::sqlcipher_crypto {

// Makes this provider SQLCipher's default for connections keyed from now on. Idempotent and
// thread-safe. Returns false if the allocation failed (SQLCipher's own provider stays).
bool install();

// The name `PRAGMA cipher_provider` reports for a connection using this provider.
const char *providerName();

} // namespace motcua::sqlcipher_crypto

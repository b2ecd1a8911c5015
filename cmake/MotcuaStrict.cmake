# One INTERFACE target with the settings every MotCua target links.
add_library(motcua_strict INTERFACE)
target_compile_features(motcua_strict INTERFACE cxx_std_20)
target_compile_definitions(motcua_strict INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  MOTCUA_VERSION="${PROJECT_VERSION}")
target_compile_options(motcua_strict INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
if(MOTCUA_WERROR)
  # Only meaningful in Debug: g++ 12 at -O2 gives false positives through libstdc++ inlining.
  target_compile_options(motcua_strict INTERFACE -Werror)
endif()

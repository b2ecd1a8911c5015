#!/usr/bin/env bash
# The folder rules of docs/architecture.md, enforced: a folder uses only what is below it.
#   domain/ ← db/ ← app/ ← ui/ ; no Widgets/PrintSupport outside ui/ ; ui/ never includes db/ ;
#   domain/ does no I/O (no Sql, Network, files) ; motcua-cli links no Widgets.
#   portal/ (motcua-portal) uses domain/ and Qt only: never db/, app/, ui/, SQLCipher or Widgets,
#   and nothing else includes portal/.
set -u
ROOT="$1"; CLI="$2"; PORTAL="${3:-}"
fail=0
check() {  # description, grep pattern, folders...
  local what="$1" pattern="$2"; shift 2
  local hits
  hits=$(cd "$ROOT" && grep -rEn --include='*.h' --include='*.cpp' "$pattern" "$@" 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "LAYERING: $what"; echo "$hits"; fail=1
  fi
}
check "Widgets outside ui/" '#include <(QtWidgets/|QWidget|QApplication|QMainWindow|QDialog|QPrinter|QtPrintSupport)' domain db app
check "ui/ includes a db/ header" '#include "db/' ui
check "db/ includes app/ or ui/" '#include "(app|ui)/' db
check "app/ includes ui/" '#include "ui/' app
check "domain/ includes another layer" '#include "(db|app|ui|portal)/' domain
check "portal/ includes db/, app/ or ui/" '#include "(db|app|ui)/' portal
check "portal/ uses Widgets, Gui or SQLCipher" '#include <(QtWidgets/|QtGui/|QWidget|QApplication|QGuiApplication|QImage|QPainter|QPrinter|QtPrintSupport|sqlite3\.h|sqlcipher)' portal
check "db/, app/ or ui/ include portal/" '#include "portal/' db app ui
check "domain/ does I/O" '#include <(QFile|QSql[A-Za-z]*|QNetwork[A-Za-z]*|QProcess|QDir|QSaveFile)>' domain
if ldd "$CLI" | grep -qE 'libQt6(Widgets|PrintSupport)'; then
  echo "LAYERING: motcua-cli links Widgets or PrintSupport"; ldd "$CLI" | grep Qt6; fail=1
fi
if [ -n "$PORTAL" ]; then
  if ldd "$PORTAL" | grep -qE 'libQt6(Widgets|PrintSupport|Gui)|libsqlcipher'; then
    echo "LAYERING: motcua-portal links Widgets, Gui, PrintSupport or SQLCipher"; ldd "$PORTAL"; fail=1
  fi
  # motcua_db and motcua_app are static: look for their code in the binary itself.
  if nm -C --defined-only "$PORTAL" | grep -qE ' motcua::(Database|EventStore|Workspace|SqlCipher[A-Za-z]*|IntakeService|AuthService)::'; then
    echo "LAYERING: motcua-portal contains motcua_db or motcua_app code"; fail=1
  fi
fi
[ "$fail" = 0 ] && echo "layering ok"
exit "$fail"

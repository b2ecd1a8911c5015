#pragma once

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QObject;

namespace motcua {

namespace capture {
class Scanner;
}

// How a thread's services reach devices and the network. Empty: the defaults (SANE through its
// worker process; a plain QNetworkAccessManager); tests pass their own. Part of the composition
// root (WorkspaceServices carries the worker threads' copy); a header of its own, without the
// store, so the GUI thread takes its scanners from it too (the Receive page, the result dialog,
// the scanner chooser) — ui/ never includes db/.
struct ServiceFactories {
    std::function<capture::Scanner *(QObject *parent)> scanner;
    std::function<std::unique_ptr<QNetworkAccessManager>()> network;

    capture::Scanner *makeScanner(QObject *parent) const;
    std::unique_ptr<QNetworkAccessManager> makeNetwork() const;
};

} // namespace motcua

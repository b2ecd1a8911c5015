#include "app/workspace/ServiceFactories.h"

#include "app/capture/SaneScanner.h"

#include <QNetworkAccessManager>

namespace motcua {

capture::Scanner *ServiceFactories::makeScanner(QObject *parent) const
{
    return scanner ? scanner(parent) : new capture::SaneScanner(parent);
}

std::unique_ptr<QNetworkAccessManager> ServiceFactories::makeNetwork() const
{
    return network ? network() : std::make_unique<QNetworkAccessManager>();
}

} // namespace motcua

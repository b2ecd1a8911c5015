#pragma once

#include "app/workspace/ServiceFactories.h"

#include <QDialog>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;

namespace motcua {

namespace capture {
class Scanner;
}

// "Choose scanner…": the scanners this counter PC sees (listed by the SANE worker process, never
// on the GUI thread), the chosen one remembered for this PC. Without a choice the Receive page
// uses the first scanner found.
class ScannerChooser : public QDialog {
    Q_OBJECT
public:
    // Lists with a scanner of its own, made by the composition root's factory (SANE by default).
    explicit ScannerChooser(QWidget *parent = nullptr, const ServiceFactories &factories = {});

    QString chosenDevice() const;   // after accept()
    void refresh();

    static QString savedDevice();   // "" when none was chosen on this PC
    static void saveDevice(const QString &device);

private:
    void retranslate();

    capture::Scanner *m_scanner;
    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_refresh;
    QPushButton *m_ok;
};

} // namespace motcua

#pragma once

#include "app/catalog/CatalogSearch.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

namespace motcua {

// Step 1: find the procedure. Results follow every keystroke (name words without diacritics, or
// the code); with an empty field the favourite and recent procedures come first. Enter picks the
// selected (or first) result; Down moves into the list.
class ProcedureStep : public QWidget {
    Q_OBJECT
public:
    explicit ProcedureStep(std::shared_ptr<const CatalogSearch> search, QWidget *parent = nullptr);

    void setUsage(const QHash<QString, ProcedureUsage> &usage);
    void setSearch(std::shared_ptr<const CatalogSearch> search);
    void clear();
    void focusSearch();
    QString query() const;
    QStringList resultCodes() const;   // in the order shown

signals:
    void chosen(const QString &code);
    void favouriteToggled(const QString &code, bool favourite);   // Ctrl+D on a result

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void chooseCurrent();
    void retranslate();

    std::shared_ptr<const CatalogSearch> m_search;
    QHash<QString, ProcedureUsage> m_usage;
    QLabel *m_heading;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_hint;
};

} // namespace motcua

#pragma once

#include "io/CsvColleagueImport.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;

namespace rapport::ui {

// The column-mapping step of a CSV colleague import: one row per column of the file, with
// its header, an example value from the first rows and the colleague field it fills,
// guessed from the header names and changeable. A field goes to one column only; the
// import needs a name (or given and family name) before it can start.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(
        const QString &file, const core::io::CsvColleagueImport::Preview &preview, QWidget *parent = nullptr);
    ~CsvMappingDialog() override;
    Q_DISABLE_COPY_MOVE(CsvMappingDialog)

    core::io::CsvColleagueImport::Mapping mapping() const;
    // The choice for the file's column `index` (for tests): leaving it out, or a field.
    QComboBox *fieldCombo(int index) const { return m_combos.value(index); }
    QPushButton *importButton() const { return m_import; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void setColumn(int index, std::optional<core::io::ColleagueColumn> column);
    void chosen(int index);
    void check();

    QList<QComboBox *> m_combos;
    QLabel *m_problem = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace rapport::ui

#include "CsvMappingDialog.h"

#include "dialogs/DialogSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

using core::io::ColleagueColumn;
using core::io::CsvColleagueImport;

// The first non-empty value of column `index` in the preview rows: what the user
// recognises a column by when its header says little ("Field 7").
QString exampleOf(const CsvColleagueImport::Preview &preview, int index)
{
    for (const QStringList &row : preview.rows) {
        const QString value = row.value(index).trimmed();
        if (!value.isEmpty())
            return value.size() > 40 ? value.left(39) + QChar(0x2026) : value;
    }
    return {};
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the file's text, never markup
    label->setText(text);
    return label;
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const QString &file, const CsvColleagueImport::Preview &preview, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import colleagues from CSV"));
    auto *intro = plainLabel(tr("Choose which colleague field each column of “%1” fills. Columns left out are not "
                                "imported; every row becomes a new colleague.")
                                 .arg(file),
        this);
    intro->setWordWrap(true);

    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    layout->setColumnStretch(1, 1);
    int row = 0;
    int headingColumn = 0;
    for (const QString &heading : { tr("Column"), tr("Example"), tr("Fills") }) {
        auto *label = plainLabel(heading, grid);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        layout->addWidget(label, row, headingColumn++);
    }
    ++row;
    const CsvColleagueImport::Mapping guessed = CsvColleagueImport::guessMapping(preview.headers);
    for (int i = 0; i < int(preview.headers.size()); ++i, ++row) {
        auto *header
            = plainLabel(preview.headers[i].isEmpty() ? tr("(column %1)").arg(i + 1) : preview.headers[i], grid);
        auto *example = plainLabel(exampleOf(preview, i), grid);
        example->setForegroundRole(QPalette::PlaceholderText);
        auto *combo = new QComboBox(grid);
        combo->setObjectName(QStringLiteral("column%1").arg(i));
        combo->setAccessibleName(tr("Field for column %1").arg(header->text()));
        combo->addItem(tr("(leave out)"));
        for (const CsvColleagueImport::Column &column : CsvColleagueImport::columns())
            combo->addItem(CsvColleagueImport::label(column.column), int(column.column));
        header->setBuddy(combo);
        layout->addWidget(header, row, 0);
        layout->addWidget(example, row, 1);
        layout->addWidget(combo, row, 2);
        m_combos << combo;
        setColumn(i, guessed.value(i));
        connect(combo, &QComboBox::activated, this, [this, i] { chosen(i); });
    }
    layout->setRowStretch(row, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_problem = FieldErrors::makeErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(intro);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_problem);
    outer->addWidget(buttons);
    resize(620, qMin(640, 200 + 34 * int(preview.headers.size())));
    check();
}

CsvMappingDialog::~CsvMappingDialog() = default;

CsvColleagueImport::Mapping CsvMappingDialog::mapping() const
{
    CsvColleagueImport::Mapping result;
    for (const QComboBox *combo : m_combos) {
        const QVariant field = combo->currentData();
        result << (field.isValid() ? std::optional(ColleagueColumn(field.toInt())) : std::nullopt);
    }
    return result;
}

void CsvMappingDialog::setColumn(int index, std::optional<ColleagueColumn> column)
{
    QComboBox *combo = m_combos.value(index);
    combo->setCurrentIndex(column ? combo->findData(int(*column)) : 0);
}

void CsvMappingDialog::chosen(int index)
{
    // A field fills from one column: the column that had it lets it go.
    const QVariant field = m_combos[index]->currentData();
    if (field.isValid()) {
        for (int i = 0; i < int(m_combos.size()); ++i) {
            if (i != index && m_combos[i]->currentData() == field)
                setColumn(i, std::nullopt);
        }
    }
    check();
}

void CsvMappingDialog::check()
{
    bool named = false;
    for (const auto &column : mapping())
        named = named
            || (column
                && (*column == ColleagueColumn::Name || *column == ColleagueColumn::GivenName
                    || *column == ColleagueColumn::FamilyName));
    m_problem->setText(named ? QString() : tr("Choose the column that holds the name, or the given and family names."));
    m_problem->setVisible(!named);
    m_import->setEnabled(named);
}

} // namespace rapport::ui

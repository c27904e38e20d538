#include "DamagedJournalDialog.h"

#include "io/BackupCheck.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kPassedRole = Qt::UserRole + 1;
// SQLite can list many damaged pages; the first few say enough.
constexpr qsizetype kProblemsShown = 10;

// "Monday, 9 March 2026" from a rolling backup's name, else the file's name.
QString whenOf(const QString &backupPath)
{
    const QDate day = core::io::BackupCheck::rollingDay(backupPath);
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : QFileInfo(backupPath).fileName();
}

} // namespace

DamagedJournalDialog::DamagedJournalDialog(
    const QString &journalPath, const QStringList &problems, const QStringList &backups, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The journal is damaged"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Rapport found damage in the journal %1, so it stopped writing to it: nothing more "
                               "can be lost there. You can still read everything that is intact.\n\n"
                               "Restore a backup that passes its checks, or export what can still be read.")
                                .arg(QDir::toNativeSeparators(journalPath)),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    auto *details = new QPlainTextEdit(this);
    details->setReadOnly(true);
    details->setAccessibleName(tr("What the check found"));
    QStringList shown = problems.mid(0, kProblemsShown);
    if (problems.size() > kProblemsShown)
        shown << tr("… and %n more", nullptr, int(problems.size() - kProblemsShown));
    details->setPlainText(shown.join(u'\n'));
    details->setMaximumHeight(details->fontMetrics().lineSpacing() * 5 + 12);
    layout->addWidget(details);

    auto *label = new QLabel(backups.isEmpty() ? tr("There are no automatic backups of this journal.")
                                               : tr("Automatic backups of this journal, newest first:"),
        this);
    layout->addWidget(label);
    m_backups = new QListWidget(this);
    m_backups->setAccessibleName(tr("Backups"));
    label->setBuddy(m_backups);
    layout->addWidget(m_backups);
    for (const QString &path : backups) {
        auto *item = new QListWidgetItem(tr("%1: checking…").arg(whenOf(path)), m_backups);
        item->setData(kPathRole, path);
        item->setData(kPassedRole, false);
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_backups->setVisible(!backups.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore This Backup"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    auto *exporter = buttons->addButton(tr("Export What Can Be Read…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Restore;
        accept();
    });
    connect(exporter, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Export;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backups, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_backups->item(row);
        m_restore->setEnabled(item && item->data(kPassedRole).toBool());
    });
    setMinimumWidth(520);

    // Every backup is checked as a restore would check it, one at a time, newest first.
    m_pool.setMaxThreadCount(1);
    for (int row = 0; row < m_backups->count(); ++row) {
        const QString path = m_backups->item(row)->data(kPathRole).toString();
        m_pool.start([this, row, path] {
            const core::Status ok = core::io::BackupCheck::check(path);
            const QString failure = ok ? QString() : ok.error().message;
            QMetaObject::invokeMethod(this, [this, row, failure] { checked(row, failure); }, Qt::QueuedConnection);
        });
    }
}

DamagedJournalDialog::~DamagedJournalDialog()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString DamagedJournalDialog::backup() const
{
    const QListWidgetItem *item = m_backups->currentItem();
    return item && item->data(kPassedRole).toBool() ? item->data(kPathRole).toString() : QString();
}

void DamagedJournalDialog::waitForChecks()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void DamagedJournalDialog::checked(int row, const QString &failure)
{
    QListWidgetItem *item = m_backups->item(row);
    if (!item)
        return;
    const QString when = whenOf(item->data(kPathRole).toString());
    if (failure.isEmpty()) {
        item->setText(tr("%1: passes its checks").arg(when));
        item->setData(kPassedRole, true);
        item->setFlags(item->flags() | Qt::ItemIsEnabled);
        // The newest backup that passes is the one offered.
        const QListWidgetItem *current = m_backups->currentItem();
        if (!current || !current->data(kPassedRole).toBool()) {
            m_backups->setCurrentItem(item);
            m_restore->setDefault(true);
        }
    } else {
        item->setText(tr("%1: fails its checks (%2)").arg(when, failure));
    }
}

} // namespace rapport::ui

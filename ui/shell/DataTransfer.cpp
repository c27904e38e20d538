#include "DataTransfer.h"

#include "MainWindow.h"
#include "dialogs/transfer/CsvMappingDialog.h"
#include "dialogs/transfer/VCardMergeDialog.h"
#include "io/CalendarExport.h"
#include "io/CsvColleagueImport.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"
#include "io/VCardImport.h"
#include "photo/PhotoScaling.h"
#include "services/Journal.h"
#include "services/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace rapport::ui {
namespace {

using core::io::CsvList;

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString csvListLabel(CsvList list)
{
    switch (list) {
    case CsvList::Colleagues:
        return DataTransfer::tr("&Colleagues…");
    case CsvList::Interactions:
        return DataTransfer::tr("&Interactions…");
    case CsvList::Gratitude:
        return DataTransfer::tr("&Gratitude…");
    case CsvList::Commitments:
        return DataTransfer::tr("&Promises…");
    case CsvList::FollowUps:
        return DataTransfer::tr("&Follow-ups…");
    case CsvList::Facts:
        return DataTransfer::tr("F&acts…");
    case CsvList::Reflections:
        return DataTransfer::tr("&Reflections…");
    }
    return {};
}

constexpr CsvList kCsvLists[] = { CsvList::Colleagues, CsvList::Interactions, CsvList::Gratitude, CsvList::Commitments,
    CsvList::FollowUps, CsvList::Facts, CsvList::Reflections };

} // namespace

DataTransfer::DataTransfer(MainWindow &window, const core::Clock &clock)
: QObject(&window)
, m_window(window)
, m_clock(clock)
{
}

DataTransfer::~DataTransfer() = default;

void DataTransfer::addMenus(QMenu *file)
{
QMenu *import = file->addMenu(tr("&Import"));
import->addAction(tr("&Journal from JSON…"), this, [this] {
    chooseImport(tr("Import a Journal"), tr("Rapport journal files (*.json);;All files (*)"),
                 &DataTransfer::importJson);
});
import->addAction(tr("&Colleagues from CSV…"), this, [this] {
    chooseImport(tr("Import Colleagues from CSV"), tr("CSV files (*.csv);;All files (*)"),
                 &DataTransfer::importCsv);
} // namespace rapport::ui
);
import->addAction(tr("Contacts from &vCard…"), this, [this] {
    chooseImport(tr("Import Contacts from vCard"), tr("vCard files (*.vcf *.vcard);;All files (*)"),
                 &DataTransfer::importVCard);
});

QMenu *exporting = file->addMenu(tr("&Export"));
exporting->addAction(tr("&Journal as JSON…"), this, [this] {
    chooseExport(tr("Export the Journal"), tr("rapport-%1.json").arg(m_clock.today().toString(Qt::ISODate)),
        tr("Rapport journal files (*.json)"), &DataTransfer::exportJson);
});
QMenu *csv = exporting->addMenu(tr("Lists as &CSV"));
for (const CsvList list : kCsvLists)
    csv->addAction(csvListLabel(list), this, [this, list] { chooseCsvExport(list); });
csv->addSeparator();
csv->addAction(tr("All Lists into a &Folder…"), this, [this] { chooseCsvExport(std::nullopt); });
exporting->addAction(tr("&Reminders as iCalendar…"), this, [this] {
    chooseExport(tr("Export Reminders to a Calendar"), tr("rapport-reminders.ics"), tr("iCalendar files (*.ics)"),
        &DataTransfer::exportCalendar);
});
}

QString DataTransfer::startFolder() const
{
    if (!m_lastFolder.isEmpty())
        return m_lastFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void DataTransfer::chooseImport(
    const QString &title, const QString &filter, bool (DataTransfer::*import)(const QString &))
{
    if (!m_window.journal())
        return;
    const QString path = QFileDialog::getOpenFileName(&m_window, title, startFolder(), filter);
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (this->*import)(path);
}

void DataTransfer::chooseExport(
    const QString &title, const QString &name, const QString &filter, bool (DataTransfer::*write)(const QString &))
{
    if (!m_window.journal())
        return;
    const QString path = QFileDialog::getSaveFileName(&m_window, title, QDir(startFolder()).filePath(name), filter);
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (this->*write)(path);
}

void DataTransfer::chooseCsvExport(std::optional<CsvList> list)
{
    if (!m_window.journal())
        return;
    QString path;
    if (list) {
        path = QFileDialog::getSaveFileName(&m_window, tr("Export a List as CSV"),
            QDir(startFolder()).filePath(core::io::CsvExport::key(*list) + u".csv"), tr("CSV files (*.csv)"));
    } else {
        path = QFileDialog::getExistingDirectory(&m_window, tr("Export Every List into a Folder"), startFolder());
    }
    if (path.isEmpty())
        return;
    m_lastFolder = list ? QFileInfo(path).absolutePath() : path;
    exportCsv(list, path);
}

bool DataTransfer::finish(const QString &what, const TransferTask::Outcome &outcome, const QString &summary)
{
    if (outcome.cancelled) {
        Q_EMIT done(tr("Cancelled; nothing was changed."));
        return false;
    }
    if (!outcome.status) {
        m_window.showError(what, outcome.status.error().message);
        return false;
    }
    if (!summary.isEmpty())
        Q_EMIT done(summary);
    return true;
}

void DataTransfer::afterImport()
{
    // The worker wrote through its own connection: the window's pages read again, and
    // no undo step may refer to records the import renumbered.
    if (core::Journal *journal = m_window.journal())
        journal->undoStack().clear();
}

TransferTask::Outcome DataTransfer::onWorker(const QString &label, const JournalWork &work)
{
    // A connection belongs to the thread that opened it: the worker opens its own.
    const QString journalPath = m_window.journal()->path();
    return TransferTask::run(&m_window, label, [&](const core::io::Progress &progress) {
        auto worker = core::Journal::openSecondary(journalPath, m_clock);
        if (!worker)
            return core::Status(worker.error());
        return work(**worker, progress);
    });
}

bool DataTransfer::importJson(const QString &path)
{
    if (!m_window.journal())
        return false;
    core::io::ImportSummary summary;
    const auto outcome
        = onWorker(tr("Importing “%1”…").arg(fileName(path)), [&](core::Journal &journal, const auto &progress) {
              auto read = core::io::JsonImport::read(journal, path, progress);
              if (read)
                  summary = *read;
              return read ? core::Status() : core::Status(read.error());
          });
    if (outcome.status)
        afterImport();
    return finish(tr("The journal file could not be imported"), outcome,
        tr("Imported “%1”: %2 records%3.")
            .arg(fileName(path), QLocale().toString(summary.added.total()),
                summary.merged ? tr(", added beside the journal's own with new numbers") : QString()));
}

bool DataTransfer::importCsv(const QString &path)
{
    using core::io::CsvColleagueImport;
    if (!m_window.journal())
        return false;
    auto preview = CsvColleagueImport::preview(path);
    if (!preview) {
        m_window.showError(tr("The CSV file could not be read"), preview.error().message);
        return false;
    }
    CsvMappingDialog dialog(fileName(path), *preview, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const CsvColleagueImport::Mapping mapping = dialog.mapping();
    qint64 added = 0;
    const auto outcome
        = onWorker(tr("Importing “%1”…").arg(fileName(path)), [&](core::Journal &journal, const auto &progress) {
              auto read = CsvColleagueImport::read(journal, path, mapping, progress);
              if (read)
                  added = *read;
              return read ? core::Status() : core::Status(read.error());
          });
    if (outcome.status)
        afterImport();
    return finish(tr("The colleagues could not be imported"), outcome,
        tr("Imported %n colleague(s) from “%1”.", nullptr, int(added)).arg(fileName(path)));
}

bool DataTransfer::importVCard(const QString &path)
{
    using namespace core::io;
    if (!m_window.journal())
        return false;
    std::optional<VCardPlan> plan;
    const auto read
        = onWorker(tr("Reading “%1”…").arg(fileName(path)), [&](core::Journal &journal, const auto &progress) {
              auto planned = VCardImport::read(journal, path, &core::scaledPhotoPng, progress);
              if (planned)
                  plan = std::move(*planned);
              return planned ? core::Status() : core::Status(planned.error());
          });
    if (!finish(tr("The contacts could not be imported"), read, QString()))
        return false;

    QList<VCardMerge> decisions(plan->contacts.size(), VCardMerge::Skip);
    const bool matches = std::any_of(plan->contacts.cbegin(), plan->contacts.cend(),
        [](const VCardContact &contact) { return contact.existing.has_value(); });
    if (matches) {
        VCardMergeDialog dialog(*plan, &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        decisions = dialog.decisions();
    }
    VCardSummary summary;
    const auto written
        = onWorker(tr("Importing “%1”…").arg(fileName(path)), [&](core::Journal &journal, const auto &) {
              auto applied = VCardImport::apply(journal, *plan, decisions);
              if (applied)
                  summary = *applied;
              return applied ? core::Status() : core::Status(applied.error());
          });
    if (written.status)
        afterImport();
    const bool ok = finish(tr("The contacts could not be imported"), written,
        tr("Imported “%1”: %2 new, %3 updated, %4 skipped.")
            .arg(fileName(path), QString::number(summary.added), QString::number(summary.updated),
                QString::number(summary.skipped)));
    if (ok && !plan->notes.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Rapport"),
            tr("The contacts were imported, with these notes:"), QMessageBox::Ok, &m_window);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(plan->notes.mid(0, 3).join(QLatin1Char('\n')));
        box.setDetailedText(plan->notes.join(QLatin1Char('\n')));
        box.exec();
    }
    return ok;
}

bool DataTransfer::exportTo(
    const QString &path, const QString &failure, const QString &summary, const DatabaseWork &write)
{
    if (!m_window.journal())
        return false;
    const auto outcome = onWorker(tr("Exporting to “%1”…").arg(fileName(path)),
        [&](core::Journal &journal, const auto &progress) { return write(journal.database(), progress); });
    return finish(failure, outcome, summary);
}

bool DataTransfer::exportJson(const QString &path)
{
    return exportTo(path, tr("The journal could not be exported"), tr("Exported the journal to “%1”.").arg(path),
        [&](core::Database &db, const auto &progress) {
            return core::io::JsonExport::writeFile(db, path, m_clock, progress);
        });
}

bool DataTransfer::exportCsv(std::optional<CsvList> list, const QString &path)
{
    return exportTo(path, tr("The list could not be exported"), tr("Exported to “%1”.").arg(path),
        [&](core::Database &db, const auto &progress) {
            return list ? core::io::CsvExport::writeFile(db, *list, path, progress)
                        : core::io::CsvExport::writeFolder(db, path, progress);
        });
}

bool DataTransfer::exportCalendar(const QString &path)
{
    core::io::CalendarOptions options;
    options.alarmAt = m_window.settings().reminderTime();
    return exportTo(path, tr("The reminders could not be exported"),
        tr("Exported the reminders to “%1”; importing it again into a calendar updates the same events.").arg(path),
        [&](core::Database &db, const auto &progress) {
            return core::io::CalendarExport::writeFile(db, path, m_clock, options, progress);
        });
}

} // namespace rapport::ui

// rapport_startup_probe: how long the app takes to show its first painted window, and
// how much memory it takes to get there (see README "Performance").
//
//   rapport_startup_probe --bare                    a plain QMainWindow (menu bar, label): the floor
//   rapport_startup_probe --journal PATH            the app's composition on the journal at PATH
//   rapport_startup_probe --journal PATH --profile  the same, then what each step of it costs
//
// Offscreen unless QT_QPA_PLATFORM says otherwise. Exits once the window's first paint
// is done (the window and all its children painted and flushed) and prints one line:
//
//   first_paint_ms=123.4 main_to_paint_ms=98.7 peak_rss_mb=45.6
//
// first_paint_ms counts from the kernel's start of the process (/proc/self/stat, in clock
// ticks of 10 ms on most kernels), so loading the shared libraries is included; -1 when
// /proc cannot tell. main_to_paint_ms counts from the top of main(). peak_rss_mb is VmHWM
// from /proc/self/status at the first paint.
#include "pages/ColleaguesPage.h"
#include "pages/JournalPage.h"
#include "pages/ProfilePage.h"
#include "pages/TodayPage.h"
#include "services/ColleagueDirectory.h"
#include "services/DueList.h"
#include "services/Journal.h"
#include "services/JournalQuery.h"
#include "services/Settings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

#include <unistd.h>

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

// Milliseconds since the kernel started this process: its start time (field 22 of
// /proc/self/stat, clock ticks since boot) against CLOCK_BOOTTIME. -1 when unknown.
double msSinceProcessStart()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name (field 2) may hold spaces; the fields after it follow its ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    constexpr qsizetype kStartTime = 22 - 3; // fields[0] is field 3
    bool ok = false;
    const qulonglong startTicks = fields.size() > kStartTime ? fields.at(kStartTime).toULongLong(&ok) : 0;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1e3 / double(ticksPerSecond);
}

// The peak resident set (VmHWM) in MB; -1 when unknown.
double peakRssMb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qulonglong kb = line.mid(6).trimmed().split(' ').value(0).toULongLong(&ok);
            return ok ? double(kb) / 1024 : -1;
        }
    }
    return -1;
}

// Watches a window for its first paint and calls `done` once that paint has finished:
// the window gets its paint event before its children, so `done` is queued behind the
// whole pass (children painted, backing store flushed).
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(std::function<void()> done) : m_done(std::move(done)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(this, m_done, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
    bool m_seen = false;
};

// Prints the result line and quits the event loop.
void reportFirstPaint()
{
    const double processMs = msSinceProcessStart();
    const double mainMs = double(sinceMain().nsecsElapsed()) / 1e6;
    std::printf("first_paint_ms=%.1f main_to_paint_ms=%.1f peak_rss_mb=%.1f\n", processMs, mainMs, peakRssMb());
    std::fflush(stdout);
    QApplication::quit();
}

// Steps of the start, timed from the previous mark, printed with --profile.
class Marks
{
public:
    void mark(const char *what)
    {
        const qint64 now = sinceMain().nsecsElapsed();
        m_lines << QStringLiteral("  %1 %2 ms").arg(QString::fromLatin1(what), -44).arg(double(now - m_last) / 1e6, 8, 'f', 1);
        m_last = now;
    }
    void print(const char *title) const
    {
        std::printf("%s\n", title);
        for (const QString &line : m_lines)
            std::printf("%s\n", qPrintable(line));
    }

private:
    QStringList m_lines;
    qint64 m_last = 0;
};

int showBare(Marks &marks)
{
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare QMainWindow"), &window));
    window.resize(1180, 760);
    FirstPaint firstPaint([&marks] {
        marks.mark("show, polish, layout, first paint");
        reportFirstPaint();
    });
    window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}

// What each page and the queries behind it cost on their own, each on a journal opened
// afresh (so each starts with SQLite's cache empty, as the app does), after the run.
void profileParts(const QString &path, const rapport::core::Clock &clock)
{
    using namespace rapport;
    Marks parts;
    const auto fresh = [&path, &clock, &parts]() -> std::unique_ptr<core::Journal> {
        parts.mark("(between steps)");
        auto opened = core::Journal::open(path, core::Database::OpenMode::MustExist, clock);
        parts.mark("Journal::open");
        return opened ? std::move(*opened) : nullptr;
    };
    QWidget host;
    const QDate today = clock.today();
    parts.mark("(start)");
    if (auto journal = fresh()) {
        auto due = core::dueItems(journal->database(), today);
        parts.mark("  dueItems");
        auto latest = journal->repositories().interactions.latest(today, 8);
        parts.mark("  interactions.latest(8)");
        auto all = journal->repositories().colleagues.list(true);
        parts.mark("  colleagues.list(archived too)");
        std::printf("due items: %lld, colleagues: %lld\n", due ? qlonglong(due->size()) : -1LL,
                    all ? qlonglong(all->size()) : -1LL);
    }
    if (auto journal = fresh()) {
        auto rows = core::loadColleagueRows(journal->database(), today);
        parts.mark("  loadColleagueRows (figures of each)");
    }
    if (auto journal = fresh()) {
        core::JournalQuery query(*journal);
        auto page = query.page({}, std::nullopt, 200);
        parts.mark("  JournalQuery::page(200)");
        auto count = query.countIfCheap({});
        parts.mark("  JournalQuery::countIfCheap");
        auto colleagues = query.colleagues();
        parts.mark("  JournalQuery::colleagues");
    }
    if (auto journal = fresh()) {
        delete new ui::TodayPage(*journal, &host);
        parts.mark("  TodayPage (constructed, deleted)");
    }
    if (auto journal = fresh()) {
        delete new ui::ColleaguesPage(*journal, &host);
        parts.mark("  ColleaguesPage (constructed, deleted)");
    }
    if (auto journal = fresh()) {
        delete new ui::JournalPage(*journal, &host);
        parts.mark("  JournalPage (constructed, deleted)");
    }
    if (auto journal = fresh()) {
        delete new ui::ProfilePage(*journal, &host);
        parts.mark("  ProfilePage (constructed, deleted)");
    }
    parts.print("each part on its own, on a journal opened afresh:");
}

int showJournal(const QString &path, bool profile, Marks &marks)
{
    using namespace rapport;
    // The user's settings stay untouched: a settings file of our own, gone at exit.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        std::fprintf(stderr, "rapport_startup_probe: cannot make a temporary folder\n");
        return 1;
    }
    core::Settings settings(settingsDir.filePath(QStringLiteral("rapport.conf")));
    const core::SystemClock clock;
    int result = 0;
    {
        ui::MainWindow window(settings, clock);
        marks.mark("MainWindow (no journal)");
        // A journal that cannot be opened makes the window say why in a message box; offscreen
        // nobody would close it, so the probe does, and fails.
        QTimer closeMessages;
        QObject::connect(&closeMessages, &QTimer::timeout, &window, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closeMessages.start(100);
        const bool opened = window.openJournal(path, core::Database::OpenMode::MustExist);
        closeMessages.stop();
        if (!opened) {
            std::fprintf(stderr, "rapport_startup_probe: cannot open the journal %s\n", qPrintable(path));
            return 1;
        }
        marks.mark("openJournal (open, pages, first loads)");
        FirstPaint firstPaint([&marks] {
            marks.mark("show, polish, layout, first paint");
            reportFirstPaint();
        });
        window.installEventFilter(&firstPaint);
        window.show();
        result = QApplication::exec();
    }
    if (profile) {
        marks.mark("close (pages, journal)");
        marks.print("the start, step by step (from the top of main):");
        profileParts(path, clock);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    sinceMain().start();
    Marks marks;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // MainWindow logs through spdlog's default logger, which writes to stdout.
    spdlog::set_level(spdlog::level::warn);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapport_startup_probe"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    marks.mark("QApplication");

    const QStringList args = QApplication::arguments();
    const qsizetype journal = args.indexOf(QStringLiteral("--journal"));
    if (args.size() == 2 && args.at(1) == QLatin1String("--bare"))
        return showBare(marks);
    if (journal == 1 && journal + 1 < args.size()
        && (args.size() == 3 || (args.size() == 4 && args.at(3) == QLatin1String("--profile"))))
        return showJournal(args.at(journal + 1), args.size() == 4, marks);
    std::fprintf(stderr, "usage: rapport_startup_probe --bare\n"
                         "       rapport_startup_probe --journal PATH [--profile]\n");
    return 2;
}

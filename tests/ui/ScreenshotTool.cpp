// rapport_screenshots OUTDIR [--dark] [--pseudo]: every page of the app at 1280x800 on the
// demo journal, written as PNG, for the README and for looking at layouts (light and dark
// palettes, and strings 40 % longer with --pseudo). Offscreen; no display needed.
#include "dialogs/ColleagueEditorDialog.h"
#include "dialogs/QuickLogDialog.h"
#include "dialogs/transfer/CsvMappingDialog.h"
#include "dialogs/transfer/PassphraseDialog.h"
#include "dialogs/transfer/VCardMergeDialog.h"
#include "services/DemoJournal.h"
#include "services/Journal.h"
#include "services/Settings.h"
#include "shell/MainWindow.h"
#include "shell/PseudoTranslator.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6), mid(0x3a, 0x3d, 0x42);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, mid);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xa6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xe3));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void save(QWidget &widget, const QString &path)
{
    QTest::qWait(50);
    if (!widget.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: rapport_screenshots OUTDIR [--dark] [--pseudo]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const bool dark = args.contains(QStringLiteral("--dark"));
    rapport::ui::installTranslations(app);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    rapport::ui::PseudoTranslator pseudo;
    if (args.contains(QStringLiteral("--pseudo")))
        QApplication::installTranslator(&pseudo);
    const QString suffix = (dark ? QStringLiteral("-dark") : QStringLiteral("-light"))
        + (args.contains(QStringLiteral("--pseudo")) ? QStringLiteral("-long") : QString());

    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    rapport::core::Settings settings(home.filePath(QStringLiteral("settings.ini")));
    rapport::core::SystemClock clock;
    rapport::ui::MainWindow window(settings, clock);
    if (!window.openDemoJournal())
        return 1;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not shown\n");

    using Page = rapport::ui::MainWindow::Page;
    const std::pair<Page, const char *> pages[] = {{Page::Today, "today"}, {Page::Colleagues, "colleagues"}, {Page::Journal, "journal"},
                                                   {Page::Gratitude, "gratitude"}, {Page::Promises, "promises"},
                                                   {Page::Insights, "insights"}, {Page::Reflection, "reflection"}};
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        save(window, out.filePath(QString::fromLatin1(name) + suffix + QStringLiteral(".png")));
    }
    window.showColleague(1);
    save(window, out.filePath(QStringLiteral("profile") + suffix + QStringLiteral(".png")));

    rapport::ui::QuickLogDialog log(*window.journal(), &window);
    log.setParticipants({1, 2});
    log.show();
    save(log, out.filePath(QStringLiteral("quick-log") + suffix + QStringLiteral(".png")));
    log.close();
    rapport::ui::ColleagueEditorDialog editor(*window.journal(), rapport::core::Id(1), &window);
    editor.show();
    save(editor, out.filePath(QStringLiteral("colleague-editor") + suffix + QStringLiteral(".png")));
    editor.close();

    // File ▸ Import's steps, on made-up files as address books write them.
    const rapport::core::io::CsvColleagueImport::Preview preview {
        {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("E-mail Address"),
         QStringLiteral("Job Title"), QStringLiteral("Department"), QStringLiteral("Mobile Phone"),
         QStringLiteral("Birthday"), QStringLiteral("Office Location")},
        {{QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana.silva@example.org"),
          QStringLiteral("Staff Engineer"), QStringLiteral("Engineering"), QStringLiteral("+351 912 345 678"),
          QStringLiteral("1990-04-12"), QStringLiteral("Lisbon, 4th floor")}}};
    rapport::ui::CsvMappingDialog mapping(QStringLiteral("outlook-contacts.csv"), preview, &window);
    mapping.show();
    save(mapping, out.filePath(QStringLiteral("import-csv") + suffix + QStringLiteral(".png")));
    mapping.close();

    rapport::core::io::VCardPlan plan;
    plan.path = QStringLiteral("contacts.vcf");
    for (int i = 0; i < 6; ++i) {
        rapport::core::io::VCardContact contact;
        contact.colleague.name = QStringLiteral("New contact %1").arg(i + 1);
        plan.contacts << contact;
    }
    rapport::core::io::VCardContact ana;
    ana.colleague.name = QStringLiteral("Ana Silva");
    ana.existing = 1;
    ana.existingName = QStringLiteral("Ana Silva");
    ana.match = rapport::core::io::VCardContact::Match::Email;
    ana.changes = {QStringLiteral("Role: Engineer → Staff Engineer"), QStringLiteral("Phone: (none) → +351 912 345 678")};
    rapport::core::io::VCardContact ben = ana;
    ben.colleague.name = QStringLiteral("Ben Okafor");
    ben.existingName = ben.colleague.name;
    ben.match = rapport::core::io::VCardContact::Match::Name;
    ben.changes.clear();
    plan.contacts << ana << ben;
    rapport::ui::VCardMergeDialog merge(plan, &window);
    merge.show();
    save(merge, out.filePath(QStringLiteral("import-vcard") + suffix + QStringLiteral(".png")));
    merge.close();

    rapport::ui::PassphraseDialog passphrase(rapport::ui::PassphraseDialog::Purpose::Encrypt,
                                             QStringLiteral("journal-2026-11-21.rapport-encrypted"), &window);
    passphrase.show();
    save(passphrase, out.filePath(QStringLiteral("backup-passphrase") + suffix + QStringLiteral(".png")));
    passphrase.close();
    return 0;
}

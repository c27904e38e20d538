#include "MainWindow.h"

#include "services/DueList.h"
#include "services/Journal.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QVBoxLayout>

namespace rapport::ui {

MainWindow::MainWindow(core::Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
{
    setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(journal.path()).completeBaseName()));
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_heading = new QLabel(central);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    m_due = new QListWidget(central);
    m_due->setAccessibleName(tr("Due today"));
    m_empty = new QLabel(tr("Nothing is due today. Log a conversation with rapport-cli log, or add colleagues "
                            "with rapport-cli add-colleague."),
                         central);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_heading);
    layout->addWidget(m_due, 1);
    layout->addWidget(m_empty, 1);
    setCentralWidget(central);
    resize(960, 640);

    connect(&m_journal, &core::Journal::changed, this, &MainWindow::refresh);
    refresh();
}

void MainWindow::refresh()
{
    const QDate today = m_journal.clock().today();
    m_heading->setText(tr("Due on %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    m_due->clear();
    auto items = core::dueItems(m_journal.database(), today);
    if (items) {
        for (const core::DueItem &item : std::as_const(*items)) {
            const QString text = item.overdueDays > 0 ? tr("%1 (%n day(s) overdue)", nullptr, item.overdueDays).arg(item.title)
                                                      : item.title;
            m_due->addItem(text);
        }
    } else {
        m_due->addItem(items.error().message);
    }
    const bool empty = m_due->count() == 0;
    m_due->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace rapport::ui

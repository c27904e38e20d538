#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// The main window over one open journal. It composes pages; it does not implement them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Journal &journal, QWidget *parent = nullptr);

private:
    void refresh();

    core::Journal &m_journal;
    QLabel *m_heading = nullptr;
    QListWidget *m_due = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace rapport::ui

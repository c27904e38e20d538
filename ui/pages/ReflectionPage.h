#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class AboutMeCard;
class ReflectionEditor;
class ReflectionModel;

// Knowing yourself (Ctrl+7): dated reflections, each optionally answering a curated
// prompt, a searchable list of them (sortable, newest first), and the "about me" card
// with the relationship capacity. Choosing an entry opens it in the editor; Delete
// removes it (undoable).
class ReflectionPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReflectionPage(core::Journal &journal, QWidget *parent = nullptr);
    ~ReflectionPage() override;
    Q_DISABLE_COPY_MOVE(ReflectionPage)

    ReflectionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ReflectionEditor *editor() const { return m_editor; }
    AboutMeCard *aboutMe() const { return m_aboutMe; }

public Q_SLOTS:
    void focusSearch();
    void newEntry();
    // Deletes the selected entry; Ctrl+Z brings it back.
    void deleteSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildList();
    void openSelected();
    void updateState();

    core::Journal &m_journal;
    ReflectionModel *m_model = nullptr;
    ReflectionEditor *m_editor = nullptr;
    AboutMeCard *m_aboutMe = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace rapport::ui

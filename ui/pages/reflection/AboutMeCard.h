#pragma once

#include <QFrame>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class FieldErrors;

// The "about me" card: communication style, strengths, growth areas and how many work
// relationships the user can truly keep up, weighed against how many they keep a cadence
// for. Saving is one undoable change; edits not yet saved survive journal changes.
class AboutMeCard final : public QFrame
{
    Q_OBJECT

public:
    explicit AboutMeCard(core::Journal &journal, QWidget *parent = nullptr);
    ~AboutMeCard() override;
    Q_DISABLE_COPY_MOVE(AboutMeCard)

    // "You keep a cadence with 9 colleagues, within your capacity of 12."
    QString capacityText() const;
    bool isDirty() const { return m_dirty; }

public Q_SLOTS:
    // Validates and saves through the journal; true when saved.
    bool save();
    // Reads the card and the count again; unsaved edits are kept.
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QPlainTextEdit *textField(const QString &objectName, const QString &accessibleName, const QString &placeholder);
    void setDirty(bool dirty);
    void updateCapacity();

    core::Journal &m_journal;
    QPlainTextEdit *m_style = nullptr;
    QPlainTextEdit *m_strengths = nullptr;
    QPlainTextEdit *m_growth = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLabel *m_capacityText = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_save = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    int m_cadenced = 0;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace rapport::ui

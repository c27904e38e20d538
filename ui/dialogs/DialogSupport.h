#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace rapport::ui {

// Shows a core::Error beside the field it names. Each field is registered with the widget
// the user edits; `wrap` returns that widget with a hidden message label under it, ready
// for a layout. Errors for fields nobody registered go to the general label.
class FieldErrors final
{
public:
    explicit FieldErrors(QLabel *general) : m_general(general) {}
    Q_DISABLE_COPY_MOVE(FieldErrors)

    // `editor` goes into the returned container; `focus` (default: the editor) gets the
    // keyboard focus when the field is at fault.
    QWidget *wrap(const QString &field, QWidget *editor, QWidget *focus = nullptr);
    void show(const core::Error &error);
    void clear();
    // The message label under `field`, or nullptr (for tests and accessibility checks).
    QLabel *labelFor(const QString &field) const;

    // A small label in a red-ish colour that stays readable in light and dark palettes.
    static QLabel *makeErrorLabel(QWidget *parent);

private:
    struct Entry
    {
        QPointer<QWidget> focus;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_fields;
    QPointer<QLabel> m_general;
};

// Ctrl+Enter in a multi-line text field calls `submit`; plain Enter stays a newline.
void submitOnCtrlEnter(QPlainTextEdit *edit, std::function<void()> submit);

} // namespace rapport::ui

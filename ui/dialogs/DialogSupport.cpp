#include "DialogSupport.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

// Makes every tab that holds `widget` the current one, so the field at fault is seen.
void reveal(QWidget *widget)
{
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(p)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(widget))
                    tabs->setCurrentIndex(i);
            }
        }
    }
}

class CtrlEnterFilter final : public QObject
{
public:
    CtrlEnterFilter(QObject *parent, std::function<void()> submit) : QObject(parent), m_submit(std::move(submit)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
                m_submit();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_submit;
};

} // namespace

QLabel *FieldErrors::makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // User text can appear in messages (a name, a time zone): never interpret it.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // QPalette has no "negative" role; these two reds keep 4.5:1 contrast on either base.
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

QWidget *FieldErrors::wrap(const QString &field, QWidget *editor, QWidget *focus)
{
    auto *container = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel *label = makeErrorLabel(container);
    layout->addWidget(label);
    m_fields.insert(field, Entry{focus ? focus : editor, label});
    return container;
}

void FieldErrors::show(const core::Error &error)
{
    clear();
    const auto it = m_fields.constFind(error.field);
    QLabel *label = it != m_fields.cend() && it->label ? it->label.data() : m_general.data();
    if (!label)
        return;
    label->setText(error.message);
    label->setVisible(true);
    if (it != m_fields.cend() && it->focus) {
        reveal(it->focus);
        // The message is announced with the field, not only drawn under it.
        it->focus->setAccessibleDescription(error.message);
        it->focus->setFocus(Qt::OtherFocusReason);
    }
}

void FieldErrors::clear()
{
    for (const Entry &entry : std::as_const(m_fields)) {
        if (entry.label) {
            entry.label->clear();
            entry.label->setVisible(false);
        }
        if (entry.focus)
            entry.focus->setAccessibleDescription(QString());
    }
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
}

QLabel *FieldErrors::labelFor(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it != m_fields.cend() ? it->label.data() : nullptr;
}

void submitOnCtrlEnter(QPlainTextEdit *edit, std::function<void()> submit)
{
    edit->installEventFilter(new CtrlEnterFilter(edit, std::move(submit)));
}

} // namespace rapport::ui

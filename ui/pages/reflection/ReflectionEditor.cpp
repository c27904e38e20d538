#include "ReflectionEditor.h"

#include "ReflectionPrompts.h"
#include "dialogs/DialogSupport.h"
#include "services/Journal.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>

namespace rapport::ui {

ReflectionEditor::ReflectionEditor(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_general);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reflectionDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_prompt = new QComboBox(this);
    m_prompt->setObjectName(QStringLiteral("reflectionPrompt"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prompt->setMinimumContentsLength(30);
    m_prompt->addItem(tr("No prompt: write freely"), QString());
    for (const QString &prompt : ReflectionPrompts::all())
        m_prompt->addItem(prompt, prompt);

    auto *another = new QPushButton(tr("&Another prompt"), this);
    another->setObjectName(QStringLiteral("anotherPrompt"));
    another->setAutoDefault(false);
    connect(another, &QPushButton::clicked, this, &ReflectionEditor::anotherPrompt);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reflectionText"));
    m_text->setAccessibleName(tr("Reflection"));
    m_text->setPlaceholderText(tr("Write a few honest lines. Ctrl+Enter saves."));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5);
    submitOnCtrlEnter(m_text, [this] { save(); });

    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("reflectionMode"));
    m_mode->setTextFormat(Qt::PlainText);
    m_mode->setForegroundRole(QPalette::PlaceholderText);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReflection"));
    m_save->setToolTip(tr("Save (Ctrl+Enter)"));
    connect(m_save, &QPushButton::clicked, this, &ReflectionEditor::save);
    m_new = new QPushButton(tr("&New entry"), this);
    m_new->setObjectName(QStringLiteral("newReflection"));
    m_new->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &ReflectionEditor::startNew);

    auto *promptRow = new QHBoxLayout;
    promptRow->addWidget(m_errors->wrap(QStringLiteral("prompt"), m_prompt), 1);
    promptRow->addWidget(another);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mode, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    auto *promptLabel = new QLabel(tr("&Prompt:"), this);
    promptLabel->setBuddy(m_prompt);
    grid->addWidget(dateLabel, 0, 0);
    grid->addWidget(m_errors->wrap(QStringLiteral("date"), m_date), 0, 1, Qt::AlignLeft);
    grid->addWidget(promptLabel, 1, 0);
    grid->addLayout(promptRow, 1, 1);
    grid->addWidget(m_errors->wrap(QStringLiteral("text"), m_text), 2, 0, 1, 2);
    grid->addWidget(m_general, 3, 0, 1, 2);
    grid->addLayout(buttons, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);

    // Undoing the entry being edited leaves its text here as a new one, so nothing is lost.
    connect(&m_journal, &core::Journal::changed, this, [this] {
        if (m_editing <= 0)
            return;
        const auto found = m_journal.repositories().reflections.find(m_editing);
        if (found && !found->has_value()) {
            m_editing = 0;
            updateMode();
        }
    });
    startNew();
}

ReflectionEditor::~ReflectionEditor() = default;

QString ReflectionEditor::prompt() const
{
    return m_prompt->currentData().toString();
}

void ReflectionEditor::startNew()
{
    m_errors->clear();
    m_editing = 0;
    m_date->setDate(m_journal.clock().today());
    m_prompt->setCurrentIndex(0);
    m_text->clear();
    updateMode();
    m_text->setFocus(Qt::OtherFocusReason);
}

void ReflectionEditor::edit(const core::Reflection &reflection)
{
    m_errors->clear();
    m_editing = reflection.id;
    m_date->setDate(reflection.date);
    setPrompt(reflection.prompt);
    m_text->setPlainText(reflection.text);
    updateMode();
}

void ReflectionEditor::setPrompt(const QString &prompt)
{
    int index = m_prompt->findData(prompt);
    if (index < 0) {
        // Written in another language, or from an older list: keep it as it was asked.
        m_prompt->addItem(prompt, prompt);
        index = m_prompt->count() - 1;
    }
    m_prompt->setCurrentIndex(index);
}

void ReflectionEditor::anotherPrompt()
{
    const int curated = static_cast<int>(ReflectionPrompts::all().size());
    const int current = m_prompt->currentIndex();
    int next = current;
    while (next == current)
        next = 1 + QRandomGenerator::global()->bounded(curated);
    m_prompt->setCurrentIndex(next);
    m_text->setFocus(Qt::OtherFocusReason);
}

bool ReflectionEditor::save()
{
    m_errors->clear();
    core::Reflection reflection{m_editing, m_date->date(), prompt(), m_text->toPlainText()};
    if (m_editing > 0) {
        if (auto done = m_journal.updateReflection(reflection); !done) {
            m_errors->show(done.error());
            return false;
        }
        Q_EMIT statusMessage(tr("Reflection changed; Ctrl+Z takes it back"));
        Q_EMIT saved(m_editing);
        return true;
    }
    const auto added = m_journal.addReflection(reflection);
    if (!added) {
        m_errors->show(added.error());
        return false;
    }
    m_editing = *added; // further saves change this entry instead of adding another
    updateMode();
    Q_EMIT statusMessage(tr("Reflection saved; Ctrl+Z takes it back"));
    Q_EMIT saved(*added);
    return true;
}

void ReflectionEditor::updateMode()
{
    m_save->setText(m_editing > 0 ? tr("&Save changes") : tr("&Save"));
    m_mode->setText(m_editing > 0 ? tr("Editing the entry of %1").arg(QLocale().toString(m_date->date(), QLocale::LongFormat))
                                  : tr("A new entry"));
    m_new->setEnabled(m_editing > 0);
}

} // namespace rapport::ui

#include "PassphraseDialog.h"

#include "dialogs/DialogSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    const bool encrypt = purpose == Purpose::Encrypt;
    setWindowTitle(encrypt ? tr("Encrypted backup") : tr("Open encrypted backup"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // a file name is never markup
    intro->setWordWrap(true);
    intro->setText(encrypt ? tr("Choose a passphrase for “%1”. Without it nobody can read the backup: not "
                                "even Rapport can recover a forgotten passphrase, so keep it somewhere safe.")
                                 .arg(file)
                           : tr("“%1” is encrypted. Enter the passphrase it was made with.").arg(file));

    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Passphrase"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_first);
    if (encrypt) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAccessibleName(tr("Repeat the passphrase"));
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    m_show = new QCheckBox(tr("&Show the passphrase"), this);
    form->addRow(QString(), m_show);
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        const auto mode = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_first->setEchoMode(mode);
        if (m_repeat)
            m_repeat->setEchoMode(mode);
    });

    m_problem = FieldErrors::makeErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(encrypt ? tr("Back Up") : tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    if (m_repeat)
        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    check();
}

PassphraseDialog::~PassphraseDialog() = default;

QByteArray PassphraseDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

void PassphraseDialog::check()
{
    QString problem;
    const QString first = m_first->text();
    if (first.isEmpty())
        problem = QString(); // nothing typed yet: no scolding, just no OK
    else if (m_purpose == Purpose::Encrypt && first.size() < kMinimumLength)
        problem = tr(
            "Use at least %n characters; a few words are easier to remember than symbols.", nullptr, kMinimumLength);
    else if (m_repeat && !m_repeat->text().isEmpty() && m_repeat->text() != first)
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool complete = m_repeat ? m_repeat->text() == first : true;
    m_ok->setEnabled(!first.isEmpty() && problem.isEmpty() && complete);
}

} // namespace rapport::ui

#include "WelcomeDialog.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Rapport"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/rapport.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("Welcome to Rapport"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Rapport is a private journal for the people you work with: what you talked about, "
                               "whom you thanked, what you promised, and when it is time to check in again. "
                               "Everything stays on this computer."),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    auto *start = new QPushButton(tr("Start my journal"), this);
    start->setDefault(true);
    auto *demo = new QPushButton(tr("Explore the demo journal"), this);
    demo->setToolTip(tr("A made-up team of twelve with 18 months of history, in a journal of its own. "
                        "Your journal stays untouched."));
    for (QPushButton *button : {start, demo})
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);

    layout->addWidget(logo, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(start);
    layout->addWidget(demo);

    connect(start, &QPushButton::clicked, this, [this] {
        m_choice = Choice::StartJournal;
        accept();
    });
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ExploreDemo;
        accept();
    });
    setMinimumWidth(460);
}

} // namespace rapport::ui

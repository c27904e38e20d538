#include "VCardMergeDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

using core::io::VCardContact;
using core::io::VCardMerge;

QString matchText(const VCardContact &contact)
{
    switch (contact.match) {
    case VCardContact::Match::Email:
        return VCardMergeDialog::tr("same email as %1").arg(contact.existingName);
    case VCardContact::Match::Name:
        return VCardMergeDialog::tr("same name as %1").arg(contact.existingName);
    case VCardContact::Match::None:
        break;
    }
    return {};
}

} // namespace

VCardMergeDialog::VCardMergeDialog(const core::io::VCardPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setWindowTitle(tr("Contacts already in the journal"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("Some contacts in this file are colleagues you already have. Tick the ones whose details "
                      "should be updated from the file; the others are skipped. Notes from the file are added "
                      "to your notes, never replace them."));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("matches"));
    m_tree->setAccessibleName(tr("Contacts already in the journal"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Contact"), tr("Matches") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setUniformRowHeights(true);
    for (int i = 0; i < int(plan.contacts.size()); ++i) {
        const VCardContact &contact = plan.contacts[i];
        if (!contact.existing)
            continue;
        auto *item = new QTreeWidgetItem(m_tree, { contact.colleague.name, matchText(contact) });
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool changes = !contact.changes.isEmpty();
        // Nothing to change: skipping is the same as updating, so it starts unticked.
        item->setCheckState(0, changes ? Qt::Checked : Qt::Unchecked);
        if (!changes)
            new QTreeWidgetItem(item, { tr("Nothing new in the file") });
        for (const QString &change : contact.changes)
            new QTreeWidgetItem(item, { change });
        m_rows << i;
    }
    m_tree->expandAll();
    connect(m_tree, &QTreeWidget::itemChanged, this, &VCardMergeDialog::updateSummary);

    auto *updateAll = new QPushButton(tr("Update &All"), this);
    auto *skipAll = new QPushButton(tr("&Skip All"), this);
    connect(updateAll, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(skipAll, &QPushButton::clicked, this, [this] { setAll(false); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *all = new QHBoxLayout;
    all->addWidget(updateAll);
    all->addWidget(skipAll);
    all->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addLayout(all);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(640, 480);
    updateSummary();
}

VCardMergeDialog::~VCardMergeDialog() = default;

QList<VCardMerge> VCardMergeDialog::decisions() const
{
    QList<VCardMerge> result(m_plan.contacts.size(), VCardMerge::Skip);
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_tree->topLevelItem(row)->checkState(0) == Qt::Checked)
            result[m_rows[row]] = VCardMerge::Update;
    }
    return result;
}

void VCardMergeDialog::setAll(bool update)
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row)
        m_tree->topLevelItem(row)->setCheckState(0, update ? Qt::Checked : Qt::Unchecked);
}

void VCardMergeDialog::updateSummary()
{
    qint64 updated = 0;
    for (const VCardMerge decision : decisions())
        updated += decision == VCardMerge::Update;
    const qint64 fresh = m_plan.contacts.size() - m_rows.size();
    m_summary->setText(tr("%n new colleague(s) will be added", nullptr, int(fresh)) + QStringLiteral("; ")
        + tr("%n updated", nullptr, int(updated)) + QStringLiteral("; ")
        + tr("%n skipped.", nullptr, int(m_rows.size() - updated)));
}

} // namespace rapport::ui

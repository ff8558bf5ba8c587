// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/producers/ProducerTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "models/core/Language.h"
#include "models/core/Percent.h"

namespace ovop::ui {

ProducerTableModel::ProducerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProducerTableModel::setProducers(const QList<Producer>& producers, const QDate& today)
{
    beginResetModel();
    m_producers = producers;
    m_today = today;
    endResetModel();
}

void ProducerTableModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void ProducerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_producers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_producers.size()) - 1, ColumnCount - 1));
}

const Producer* ProducerTableModel::producer(int row) const
{
    return row >= 0 && row < m_producers.size() ? &m_producers.at(row) : nullptr;
}

int ProducerTableModel::rowOfCode(const QString& code) const
{
    for (int row = 0; row < m_producers.size(); ++row)
        if (m_producers.at(row).code.compare(code, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

int ProducerTableModel::overdueCount() const
{
    int n = 0;
    for (const Producer& p : m_producers)
        n += p.active && p.visitOverdue(m_today) ? 1 : 0;
    return n;
}

int ProducerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_producers.size());
}

int ProducerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProducerTableModel::overdueTip(const Producer& p) const
{
    if (!p.lastVisitDate.isValid())
        return tr("No working-conditions visit on record: plan one.");
    if (p.visitOverdue(m_today))
        return tr("The last working-conditions visit was on %1, more than %n month(s) ago: plan the next one.",
                  nullptr, Producer::VisitIntervalMonths)
            .arg(p.lastVisitDate.toString(QStringLiteral("dd.MM.yyyy")));
    return tr("Next working-conditions visit due by %1.")
        .arg(p.lastVisitDate.addMonths(Producer::VisitIntervalMonths).toString(QStringLiteral("dd.MM.yyyy")));
}

QVariant ProducerTableModel::display(const Producer& p, int column) const
{
    switch (column) {
    case Overdue: return p.visitOverdue(m_today) ? tr("Overdue") : QString();
    case Code: return p.code;
    case Name: return p.name;
    case Kind: return ProducerKinds::displayName(p.kind);
    case Village: return p.villageName.in(m_language);
    case Oblast: return p.oblastName.in(m_language);
    case Members: return tr("%1 / %2").arg(p.members).arg(p.women);
    case WomenLed: return p.womenLed ? tr("Yes") : tr("No");
    case Terms:
        return p.terms == Producer::Terms::Consignment
                   ? tr("%1, %2").arg(ProducerKinds::termsDisplayName(p.terms),
                                      percentText(p.commissionBasisPoints, Language::current()))
                   : ProducerKinds::termsDisplayName(p.terms);
    case LastVisit:
        return p.lastVisitDate.isValid() ? p.lastVisitDate.toString(QStringLiteral("dd.MM.yyyy")) : tr("never");
    default: return QVariant();
    }
}

QVariant ProducerTableModel::sortValue(const Producer& p, int column) const
{
    switch (column) {
    case Overdue: return p.visitOverdue(m_today) ? 0 : 1;
    case Members: return p.members;
    case WomenLed: return p.womenLed ? 0 : 1;
    case LastVisit: return p.lastVisitDate.isValid() ? p.lastVisitDate.toJulianDay() : 0;
    default: return display(p, column).toString().toCaseFolded();
    }
}

QVariant ProducerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_producers.size() || index.column() >= ColumnCount)
        return QVariant();
    const Producer& p = m_producers.at(index.row());
    const bool overdue = p.visitOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole: return display(p, index.column());
    case SortRole: return sortValue(p, index.column());
    case CodeRole: return p.code;
    case OverdueRole: return overdue;
    case Qt::ToolTipRole:
        if (index.column() == Overdue || index.column() == LastVisit)
            return overdueTip(p);
        if (index.column() == Members)
            return tr("%1 members, of them %2 women").arg(p.members).arg(p.women);
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == LastVisit && overdue)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (!p.active)
            return QBrush(QColor(0x6b, 0x73, 0x7b));
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Members)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Overdue || index.column() == WomenLed)
            return QVariant(Qt::AlignCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default: return QVariant();
    }
}

QVariant ProducerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Overdue)
        return tr("Working-conditions visit overdue (none, or more than 12 months ago)");
    // The tool tip is the whole header text, for a column the user made narrower than it.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (section) {
    case Overdue: return tr("Visit");
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Village: return tr("Village");
    case Oblast: return tr("Oblast");
    case Members: {
        // Shown on two short lines, so that the column is hardly wider than its numbers.
        QString text = tr("Members / women");
        return role == Qt::DisplayRole ? text.replace(QStringLiteral(" / "), QStringLiteral(" /\n")) : text;
    }
    case WomenLed: return tr("Women-led");
    case Terms: return tr("Terms");
    case LastVisit: {
        QString text = tr("Last visit"); // two lines too: the column is as wide as its dates
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        return role == Qt::DisplayRole && space > 0 ? text.replace(space, 1, QLatin1Char('\n')) : text;
    }
    default: return QVariant();
    }
}

} // namespace ovop::ui

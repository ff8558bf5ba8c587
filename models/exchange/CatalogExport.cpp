// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/exchange/CatalogExport.h"

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Decimal.h"
#include "models/exchange/CsvColumns.h"
#include "models/exchange/ProducerImport.h"
#include "models/people/Session.h"
#include "models/places/PlaceService.h"
#include "models/stock/MinLevels.h"

namespace ovop {

namespace {

// Numbers with the decimal mark that suits the delimiter: "1250.50" in comma files, "1250,50" in
// semicolon files (what a spreadsheet in a Russian locale reads as a number).
QString numberLanguage(const ExportOptions& options)
{
    return options.delimiter == QLatin1Char(';') ? QStringLiteral("ru") : QStringLiteral("en");
}

} // namespace

CatalogExport::CatalogExport(Database& db) : m_db(db) {}

ProductFilter CatalogExport::allProducts()
{
    ProductFilter filter;
    filter.state = ProductFilter::State::All;
    filter.limit = 0;
    return filter;
}

ProducerFilter CatalogExport::allProducers()
{
    ProducerFilter filter;
    filter.state = ProducerFilter::State::All;
    return filter;
}

QStringList CatalogExport::productRow(const Product& p, const ExportOptions& options)
{
    QStringList row;
    for (const QString& key : ProductField::all()) {
        if (key == ProductField::Sku)
            row << p.sku;
        else if (key == ProductField::Barcodes)
            row << p.barcodes.join(QLatin1Char('|'));
        else if (key == ProductField::NameKy)
            row << p.name.exact(QStringLiteral("ky"));
        else if (key == ProductField::NameRu)
            row << p.name.exact(QStringLiteral("ru"));
        else if (key == ProductField::NameEn)
            row << p.name.exact(QStringLiteral("en"));
        else if (key == ProductField::Category)
            row << p.category;
        else if (key == ProductField::Unit)
            row << Units::key(p.unit);
        else if (key == ProductField::Price)
            row << p.price.toPlainString(numberLanguage(options));
        else if (key == ProductField::Producer)
            row << p.producerCode;
        else if (key == ProductField::Materials)
            row << p.materials;
        else if (key == ProductField::StoryKy)
            row << p.story.exact(QStringLiteral("ky"));
        else if (key == ProductField::StoryRu)
            row << p.story.exact(QStringLiteral("ru"));
        else if (key == ProductField::StoryEn)
            row << p.story.exact(QStringLiteral("en"));
        else if (key == ProductField::TaxGroup)
            row << p.taxGroup;
        else if (key == ProductField::CertificateNumber)
            row << p.certificateNumber;
        else if (key == ProductField::CertificateDate)
            row << CsvColumns::formatDate(p.certificateDate);
        else if (key == ProductField::TracksBatches)
            row << CsvColumns::formatBool(p.tracksBatches);
        else if (key == ProductField::Active)
            row << CsvColumns::formatBool(p.active);
        else if (key == ProductField::MinLevel)
            row << (p.minLevel && p.minLevel->milli() > 0 ? p.minLevel->toPlainString(numberLanguage(options))
                                                          : QString());
        else
            row << QString();
    }
    return row;
}

Result<CsvWriter> CatalogExport::products(const ProductFilter& filter, const ExportOptions& options) const
{
    CsvWriter writer(options.delimiter);
    writer.addRow(ProductField::all());
    const auto listed = CatalogService(m_db).list(filter);
    if (!listed)
        return listed.error();
    const auto levels = MinLevels(m_db).all();
    if (!levels)
        return levels.error();
    for (Product p : listed.value()) {
        if (const auto level = levels->constFind(p.id); level != levels->constEnd())
            p.minLevel = *level;
        writer.addRow(productRow(p, options));
    }
    return writer;
}

Result<int> CatalogExport::saveProducts(const QString& path, const ProductFilter& filter,
                                        const ExportOptions& options) const
{
    const auto made = products(filter, options);
    if (!made)
        return made.error();
    const CsvWriter& writer = made.value();
    if (auto saved = SafeFile::write(path, writer.toBytes(), options.overwrite); !saved)
        return saved.error();
    return writer.rowCount() - 1;
}

QStringList CatalogExport::producerHeader()
{
    return ProducerField::all() << ProducerImport::DistrictColumn << ProducerImport::OblastColumn;
}

Result<CsvWriter> CatalogExport::producers(const Session& actor, const ProducerFilter& filter,
                                           const ExportOptions& options) const
{
    auto list = ProducerService(m_db).list(actor, filter);
    if (!list)
        return list.error();
    const PlaceService places(m_db);
    const QString lang = options.language;
    CsvWriter writer(options.delimiter);
    writer.addRow(producerHeader());
    for (const Producer& p : list.value()) {
        // A village is written by name; by its id when another village has the same name.
        QString village = p.villageName.in(lang);
        if (!village.isEmpty()) {
            const auto sameName = places.findVillages(village);
            if (!sameName)
                return sameName.error();
            if (sameName->size() > 1)
                village = p.villageId;
        } else {
            village = p.villageId;
        }
        QStringList row;
        for (const QString& key : ProducerField::all()) {
            if (key == ProducerField::Code)
                row << p.code;
            else if (key == ProducerField::Name)
                row << p.name;
            else if (key == ProducerField::Kind)
                row << ProducerKinds::key(p.kind);
            else if (key == ProducerField::Village)
                row << village;
            else if (key == ProducerField::Phone)
                row << p.phone;
            else if (key == ProducerField::Members)
                row << QString::number(p.members);
            else if (key == ProducerField::Women)
                row << QString::number(p.women);
            else if (key == ProducerField::WomenLed)
                row << CsvColumns::formatBool(p.womenLed);
            else if (key == ProducerField::Terms)
                row << ProducerKinds::termsKey(p.terms);
            else if (key == ProducerField::Commission)
                row << decimal::format(p.commissionBasisPoints, 2, 0, numberLanguage(options), false);
            else if (key == ProducerField::PaymentDetails)
                row << p.paymentDetails;
            else if (key == ProducerField::FairPriceBasis)
                row << p.fairPriceBasis;
            else if (key == ProducerField::LastVisitDate)
                row << CsvColumns::formatDate(p.lastVisitDate);
            else if (key == ProducerField::LastVisitResult)
                row << p.lastVisitResult;
            else if (key == ProducerField::FollowUp)
                row << p.followUp;
            else if (key == ProducerField::ChildLabourCheckDate)
                row << CsvColumns::formatDate(p.childLabourCheckDate);
            else if (key == ProducerField::ChildLabourCheckResult)
                row << p.childLabourCheckResult;
            else if (key == ProducerField::MaterialsAndDyes)
                row << p.materialsAndDyes;
            else if (key == ProducerField::EnvironmentalPractice)
                row << p.environmentalPractice;
            else if (key == ProducerField::ExemptSellerDocument)
                row << p.exemptSellerDocument;
            else if (key == ProducerField::CertificateNumber)
                row << p.certificateNumber;
            else if (key == ProducerField::CertificateDate)
                row << CsvColumns::formatDate(p.certificateDate);
            else if (key == ProducerField::Active)
                row << CsvColumns::formatBool(p.active);
            else
                row << QString();
        }
        row << p.districtName.in(lang) << p.oblastName.in(lang);
        writer.addRow(row);
    }
    return writer;
}

Result<int> CatalogExport::saveProducers(const Session& actor, const QString& path, const ProducerFilter& filter,
                                         const ExportOptions& options) const
{
    auto writer = producers(actor, filter, options);
    if (!writer)
        return writer.error();
    if (auto saved = SafeFile::write(path, writer->toBytes(), options.overwrite); !saved)
        return saved.error();
    return writer->rowCount() - 1;
}

} // namespace ovop

#include "betagouvreader.h"

#include "betagouvfolder.h"
#include "betagouvmapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvReader)
};

template<typename Record>
void keep(std::optional<Record> &&record, QList<Record> &into)
{
    if (record)
        into << std::move(*record);
}
} // namespace

BetagouvBatch BetagouvReader::read(const QString &root, const Progress &progress, const std::atomic_bool *cancel)
{
    BetagouvBatch batch;
    batch.root = root;
    const BetagouvFolder folder(root);
    if (!folder.isValid()) {
        batch.error = folder.error();
        return batch;
    }
    batch.siteLayout = folder.isSiteLayout();
    batch.skipped = folder.ignored();
    const QList<BetagouvFile> files = folder.files();
    QHash<QString, QString> seen;  // kind + slug → first path
    int done = 0;
    for (const BetagouvFile &file : files) {
        if (cancel && cancel->load()) {
            batch.cancelled = true;
            return batch;
        }
        ++batch.files;
        const QString key = QString::number(int(file.kind)) + u'/' + file.slug;
        BetagouvMapping::Outcome outcome;
        QString problem;
        std::optional<QByteArray> bytes;
        if (seen.contains(key)) {
            outcome.skip = BetagouvIssue{file.relativePath, 0,
                                         Tr::tr("same identifier “%1” as %2; only the first file is read.")
                                             .arg(file.slug, seen.value(key))};
        } else if (file.slug.isEmpty()) {
            outcome.skip = BetagouvIssue{file.relativePath, 0, Tr::tr("the file name gives no identifier.")};
        } else if (bytes = BetagouvFolder::read(file, &problem); !bytes) {
            outcome.skip = BetagouvIssue{file.relativePath, 0, problem};
        } else {
            seen.insert(key, file.relativePath);
            const BetagouvSource source{file.relativePath, *bytes};
            switch (file.kind) {
            case BetagouvKind::Organisation:
                keep(BetagouvMapping::organisation(source, file.slug, outcome), batch.organisations);
                break;
            case BetagouvKind::Incubator:
                keep(BetagouvMapping::incubator(source, file.slug, outcome), batch.incubators);
                break;
            case BetagouvKind::Startup:
                keep(BetagouvMapping::product(source, file.slug, outcome), batch.products);
                break;
            }
        }
        if (outcome.skip)
            batch.skipped << *outcome.skip;
        batch.warnings << outcome.warnings;
        batch.notes << outcome.notes;
        batch.renames << outcome.renames;
        batch.advisories << outcome.advisories;
        if (progress)
            progress(++done, int(files.size()));
    }
    return batch;
}

} // namespace Comite

#include "espacemembrekey.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <qt6keychain/keychain.h>

namespace Comite::EspaceMembreKey {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EspaceMembreKey)
};
} // namespace

Result<QByteArray> read(const QString &keyFile, const QUrl &url)
{
    if (!keyFile.isEmpty()) {
        QFile file(keyFile);
        if (!file.open(QIODevice::ReadOnly))
            return makeFailure(Tr::tr("The API key file %1 cannot be read: %2.").arg(keyFile, file.errorString()), keyFile);
        const QByteArray key = file.readAll().trimmed();
        if (key.isEmpty())
            return makeFailure(Tr::tr("The API key file %1 is empty.").arg(keyFile), keyFile);
        return key;
    }
    QKeychain::ReadPasswordJob job(keyringService);
    job.setAutoDelete(false);
    job.setKey(url.host());
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec();
    if (job.error() == QKeychain::EntryNotFound)
        return makeFailure(Tr::tr("No API key: the system keyring holds none for %1 (service “%2”). Store it there, or "
                                  "give a key file.").arg(url.host(), keyringService),
                           url.host());
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError)
        return makeFailure(Tr::tr("No API key: the system keyring is not available here (no Secret Service or "
                                  "KWallet; a headless machine has none). Give a key file (--api-key-file). The "
                                  "keyring said: %1").arg(job.errorString()),
                           url.host());
    if (job.error() != QKeychain::NoError)
        return makeFailure(Tr::tr("No API key: give a key file, or store the key in the system keyring (service “%1”, "
                                  "key “%2”). The keyring said: %3")
                               .arg(keyringService, url.host(), job.errorString()),
                           url.host());
    const QByteArray key = job.textData().trimmed().toUtf8();
    if (key.isEmpty())
        return makeFailure(Tr::tr("The system keyring holds an empty API key for %1.").arg(url.host()));
    return key;
}

} // namespace Comite::EspaceMembreKey

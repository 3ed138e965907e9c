#pragma once
// The deliberation documents as Markdown (CommonMark with GitHub tables).
// User text is escaped so it reads as typed; images are written as PNG
// files next to the Markdown file and linked by their relative name.

#include "deliberationdocument.h"

namespace Comite::DeliberationMarkdown {
// `imagePrefix` starts each image's file name ("deliberation-" gives
// "deliberation-north-star-velo-pour-tous.png"); a null prefix leaves
// images out.
QString render(const DeliberationDocument &doc, const QString &imagePrefix = {});
QString imageFileName(const QString &imagePrefix, const DocBlock &block);
// Text with Markdown's special characters escaped.
QString escape(const QString &text);
}

#include "betagouvyamlcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <yaml.h>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvMapping)
};

// A mapping or sequence being read: in a mapping, nodes alternate between
// key and value, and the keys seen so far are kept with their line.
struct Collection {
    bool mapping = false;
    bool expectKey = true;
    QHash<QString, int> keys;
};

// Frees the parser and the current event whatever happens.
struct Parser {
    yaml_parser_t parser{};
    yaml_event_t event{};
    bool hasEvent = false;
    Parser() { yaml_parser_initialize(&parser); }
    ~Parser()
    {
        if (hasEvent)
            yaml_event_delete(&event);
        yaml_parser_delete(&parser);
    }
    bool next()
    {
        if (hasEvent)
            yaml_event_delete(&event);
        hasEvent = yaml_parser_parse(&parser, &event) != 0;
        return hasEvent;
    }
};
} // namespace

BetagouvYamlCheck::BetagouvYamlCheck(const QByteArray &yaml)
{
    Parser p;
    yaml_parser_set_input_string(&p.parser, reinterpret_cast<const unsigned char *>(yaml.constData()), size_t(yaml.size()));
    yaml_parser_set_encoding(&p.parser, YAML_UTF8_ENCODING);
    QList<Collection> stack;
    // A node was read: in a mapping, a scalar key is checked for duplicates.
    auto node = [&](const QString *scalar, int line) {
        if (stack.isEmpty() || !stack.last().mapping)
            return;
        Collection &map = stack.last();
        if (map.expectKey && scalar) {
            if (const auto first = map.keys.constFind(*scalar); first != map.keys.cend())
                m_duplicates << Duplicate{line, *first, *scalar};
            else
                map.keys.insert(*scalar, line);
        }
        map.expectKey = !map.expectKey;
    };
    for (;;) {
        if (!p.next()) {
            const QString problem = QString::fromUtf8(p.parser.problem ? p.parser.problem : "unknown error");
            const QString context = QString::fromUtf8(p.parser.context ? p.parser.context : "");
            if (context.contains(QLatin1String("quoted scalar")) && problem.contains(QLatin1String("end of stream")))
                m_error = Problem{int(p.parser.context_mark.line), Tr::tr("a quoted value opened on this line is never closed")};
            else if (!context.isEmpty())
                m_error = Problem{int(p.parser.problem_mark.line),
                                  Tr::tr("%1, %2 from line %3")
                                      .arg(problem, context)
                                      .arg(p.parser.context_mark.line + 1)};
            else
                m_error = Problem{int(p.parser.problem_mark.line), problem};
            return;
        }
        const yaml_event_t &e = p.event;
        const int line = int(e.start_mark.line);
        switch (e.type) {
        case YAML_STREAM_END_EVENT: return;
        case YAML_SCALAR_EVENT: {
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(e.data.scalar.value),
                                                    qsizetype(e.data.scalar.length));
            node(&value, line);
            break;
        }
        case YAML_ALIAS_EVENT: node(nullptr, line); break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            node(nullptr, line);
            stack.append(Collection{e.type == YAML_MAPPING_START_EVENT, true, {}});
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        default: break;
        }
    }
}

} // namespace Comite

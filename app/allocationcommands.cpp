#include "allocationcommands.h"

#include "commandsupport.h"

#include "commands/allocationedits.h"
#include "domain/displayformat.h"
#include "io/allocationjson.h"
#include "storage/allocationrepository.h"

#include <QJsonArray>

namespace Comite::CommandLine::AllocationCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

std::optional<FundingPool> findPool(AllocationRepository &repository, const QString &key)
{
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    for (const FundingPool &p : repository.pools()) {
        if ((isId && p.id == id) || p.name == key)
            return p;
    }
    return std::nullopt;
}

void printText(const AllocationProblem &problem, const AllocationScenario &s, const std::optional<AllocationProposal> &proposal)
{
    const ScenarioFigures f = problem.figures(s);
    const FundingPool &pool = problem.pool();
    out() << Tr::tr("Pool %1 (%2 – %3): %4").arg(pool.name, DisplayFormat::date(pool.start), DisplayFormat::date(pool.end),
                                                 DisplayFormat::euros(pool.amount))
          << '\n';
    if (proposal)
        out() << Tr::tr("Solver proposal (%1, %2 s)")
                     .arg(proposal->optimal ? Tr::tr("optimal") : Tr::tr("best found within the time limit"))
                     .arg(proposal->seconds, 0, 'f', 3)
              << '\n';
    else
        out() << Tr::tr("Scenario %1").arg(s.name) << '\n';
    for (const AllocationCandidate &c : problem.candidates()) {
        const AllocationLine *l = s.line(c.productId);
        if (l && l->amount > 0)
            out() << "  " << c.slug << '\t' << DisplayFormat::euros(l->amount) << (l->condition.isEmpty() ? QString() : u'\t' + l->condition)
                  << '\n';
    }
    out() << Tr::tr("Total %1, remaining %2, %n product(s) funded of %3.", nullptr, f.funded)
                 .arg(DisplayFormat::euros(f.total), DisplayFormat::euros(f.remaining))
                 .arg(problem.candidates().size())
          << '\n';
}
} // namespace

int allocate(const QStringList &args)
{
    Command c;
    QCommandLineOption poolOpt(QStringLiteral("pool"), Tr::tr("The pool's id or name."), QStringLiteral("id"));
    QCommandLineOption scenarioOpt(QStringLiteral("scenario"), Tr::tr("Show this stored scenario instead of the solver's proposal."),
                                   QStringLiteral("name"));
    QCommandLineOption saveOpt(QStringLiteral("save"), Tr::tr("Store the solver's proposal as the scenario NAME."), QStringLiteral("name"));
    QCommandLineOption limitOpt(QStringLiteral("time-limit"), Tr::tr("The solver's time limit in seconds (default 10)."),
                                QStringLiteral("seconds"));
    c.parser.addOption(poolOpt);
    c.parser.addOption(scenarioOpt);
    c.parser.addOption(saveOpt);
    c.parser.addOption(limitOpt);
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(poolOpt))
        return usageError(Tr::tr("allocate needs --pool ID."));
    if (c.parser.isSet(scenarioOpt) && c.parser.isSet(saveOpt))
        return usageError(Tr::tr("allocate takes --scenario NAME or --save NAME, not both."));
    AllocationSolver::Options options;
    if (c.parser.isSet(limitOpt)) {
        bool ok = false;
        const double seconds = c.parser.value(limitOpt).toDouble(&ok);
        if (!ok || seconds <= 0)
            return usageError(Tr::tr("--time-limit needs a positive number of seconds."));
        options.timeLimitMs = int(seconds * 1000);
    }
    const bool save = c.parser.isSet(saveOpt);
    return withWorkspace(c, [&](Workspace &ws) {
        AllocationRepository repository(ws.database());
        const std::optional<FundingPool> pool = findPool(repository, c.parser.value(poolOpt));
        if (!pool)
            return failure(Tr::tr("No funding pool “%1” in %2.").arg(c.parser.value(poolOpt), ws.database().location()));
        const AllocationProblem problem = repository.problem(*pool, ws.products());
        std::optional<AllocationProposal> proposal;
        AllocationScenario scenario;
        if (c.parser.isSet(scenarioOpt)) {
            const std::optional<AllocationScenario> stored = repository.scenarioNamed(pool->id, c.parser.value(scenarioOpt));
            if (!stored)
                return failure(Tr::tr("The pool “%1” has no scenario “%2”.").arg(pool->name, c.parser.value(scenarioOpt)));
            scenario = *stored;
        } else {
            const Result<AllocationProposal> solved = AllocationSolver::solve(problem, options);
            if (!solved) {
                if (c.json())
                    printJson(QJsonDocument(AllocationJson::failure(problem, solved.error())));
                return failure(solved.error().message);
            }
            proposal = solved.value();
            scenario = proposal->scenario;
            scenario.name = save ? c.parser.value(saveOpt) : Tr::tr("Solver proposal");
            if (save) {
                const Result<qint64> id = Edit::proposeScenario(ws, pool->id, scenario.name, options);
                if (!id)
                    return failure(id.error().message);
                scenario.id = id.value();
            }
        }
        if (c.json())
            printJson(QJsonDocument(AllocationJson::scenario(problem, scenario, proposal)));
        else
            printText(problem, scenario, proposal);
        return Success;
    }, save ? OpenMode::MustExist : OpenMode::ReadOnly);
}

int pools(const QStringList &args)
{
    Command c;
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        AllocationRepository repository(ws.database());
        const QList<FundingPool> all = repository.pools();
        QJsonArray list;
        const QList<AllocationProblem> problems = repository.problems(all, ws.products());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const FundingPool &p = all[i];
            const AllocationProblem &problem = problems[i];
            const qint64 decided = repository.decidedTotal(p, problem);
            QJsonArray scenarios;
            for (const AllocationScenario &s : repository.scenarios(p.id)) {
                const ScenarioFigures f = problem.figures(s);
                scenarios.append(QJsonObject{{"id", s.id}, {"name", s.name}, {"origin", ScenarioOrigins::key(s.origin)},
                                             {"total", f.total}, {"remaining", f.remaining}, {"funded", f.funded}});
            }
            QJsonObject o = AllocationJson::pool(p);
            o.insert("candidates", int(problem.candidates().size()));
            o.insert("decided", decided);
            o.insert("remainingAfterDecisions", p.amount - decided);
            o.insert("scenarios", scenarios);
            list.append(o);
            if (!c.json())
                out() << p.id << '\t' << p.name << '\t' << DisplayFormat::euros(p.amount) << '\t'
                      << Tr::tr("%1 left after decisions").arg(DisplayFormat::euros(p.amount - decided)) << '\n';
        }
        if (c.json())
            printJson(QJsonDocument(list));
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::AllocationCommands

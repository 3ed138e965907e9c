#include "allocationsolver.h"

#include "domain/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <glpk.h>

#include <cmath>
#include <memory>

namespace Comite::AllocationSolver {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AllocationSolver)
};

// Amounts go to the solver in thousands of euros, so that the model's
// coefficients stay near 1 (better conditioned), and come back in euros.
constexpr double unit = 1000.0;

struct ProblemDeleter {
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

QString statusText(int status)
{
    switch (status) {
    case GLP_OPT:
        return QStringLiteral("optimal");
    case GLP_FEAS:
        return QStringLiteral("feasible");
    case GLP_NOFEAS:
        return QStringLiteral("no feasible solution");
    case GLP_UNDEF:
        return QStringLiteral("undefined");
    default:
        return QStringLiteral("status %1").arg(status);
    }
}
} // namespace

Result<AllocationProposal> solve(const AllocationProblem &problem, const Options &options)
{
    if (Result<void> covered = problem.check(); !covered)
        return covered.error();
    QElapsedTimer timer;
    timer.start();
    const QList<AllocationCandidate> &cs = problem.candidates();
    const int n = int(cs.size());

    AllocationProposal proposal;
    proposal.scenario.poolId = problem.pool().id;
    proposal.scenario.origin = ScenarioOrigin::Solver;
    if (n == 0)
        return proposal;

    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, ProblemDeleter> lp(glp_create_prob());
    glp_prob *p = lp.get();
    glp_set_obj_dir(p, GLP_MAX);
    // Columns 1..n: amounts a_i; n+1..2n: y_i.
    glp_add_cols(p, 2 * n);
    for (int i = 0; i < n; ++i) {
        const AllocationCandidate &c = cs[i];
        const double maximum = c.rule == PoolRule::MustNot ? 0.0 : double(c.maximum) / unit;
        if (maximum > 0)
            glp_set_col_bnds(p, i + 1, GLP_DB, 0.0, maximum);
        else
            glp_set_col_bnds(p, i + 1, GLP_FX, 0.0, 0.0);
        glp_set_obj_coef(p, i + 1, c.value);
        const int y = n + i + 1;
        glp_set_col_kind(p, y, GLP_BV);
        if (c.rule == PoolRule::Must)
            glp_set_col_bnds(p, y, GLP_FX, 1.0, 1.0);
        else if (c.rule == PoolRule::MustNot || maximum <= 0)
            glp_set_col_bnds(p, y, GLP_FX, 0.0, 0.0);
    }
    // Rows 1..n: a_i − min_i·y_i ≥ 0; n+1..2n: a_i − max_i·y_i ≤ 0; 2n+1: Σ a_i ≤ pool.
    glp_add_rows(p, 2 * n + 1);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    ia.reserve(5 * n + 1);
    ja.reserve(5 * n + 1);
    ar.reserve(5 * n + 1);
    auto put = [&](int row, int col, double v) {
        ia.push_back(row);
        ja.push_back(col);
        ar.push_back(v);
    };
    for (int i = 0; i < n; ++i) {
        const AllocationCandidate &c = cs[i];
        glp_set_row_bnds(p, i + 1, GLP_LO, 0.0, 0.0);
        put(i + 1, i + 1, 1.0);
        put(i + 1, n + i + 1, -double(c.minimum) / unit);
        glp_set_row_bnds(p, n + i + 1, GLP_UP, 0.0, 0.0);
        put(n + i + 1, i + 1, 1.0);
        put(n + i + 1, n + i + 1, -double(c.maximum) / unit);
        put(2 * n + 1, i + 1, 1.0);
    }
    glp_set_row_bnds(p, 2 * n + 1, GLP_UP, 0.0, double(problem.pool().amount) / unit);
    glp_load_matrix(p, int(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.presolve = GLP_ON;
    parm.tm_lim = options.timeLimitMs;
    parm.mip_gap = options.mipGap;
    parm.gmi_cuts = GLP_ON;
    parm.cov_cuts = GLP_ON;
    const int ret = glp_intopt(p, &parm);
    const int status = glp_mip_status(p);
    proposal.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (status != GLP_OPT && status != GLP_FEAS) {
        qCWarning(lcEdit) << "GLPK glp_intopt returned" << ret << "status" << statusText(status);
        return makeFailure(Tr::tr("The solver found no allocation within the pool “%1”.").arg(problem.pool().name),
                           QStringLiteral("GLPK glp_intopt: return code %1, %2, %3 candidates")
                               .arg(ret)
                               .arg(statusText(status))
                               .arg(n));
    }
    proposal.optimal = status == GLP_OPT && ret == 0;

    // Back to whole euros, never above the maximum nor below the minimum of
    // a funded product, and never over the pool.
    qint64 total = 0;
    for (int i = 0; i < n; ++i) {
        const AllocationCandidate &c = cs[i];
        const bool funded = glp_mip_col_val(p, n + i + 1) > 0.5;
        if (!funded)
            continue;
        qint64 amount = qint64(std::floor(glp_mip_col_val(p, i + 1) * unit + 0.5));
        amount = std::clamp(amount, c.minimum, c.maximum);
        AllocationLine line;
        line.productId = c.productId;
        line.amount = amount;
        line.start = problem.pool().start;
        line.end = problem.pool().end;
        proposal.scenario.lines << line;
        total += amount;
    }
    // Rounding can only add a few euros; take them back from the largest
    // lines above their minimum.
    for (AllocationLine &l : proposal.scenario.lines) {
        if (total <= problem.pool().amount)
            break;
        const qint64 slack = l.amount - problem.candidate(l.productId)->minimum;
        const qint64 cut = std::min(slack, total - problem.pool().amount);
        l.amount -= cut;
        total -= cut;
    }
    if (total > problem.pool().amount)
        return makeFailure(Tr::tr("The solver's allocation would over-spend the pool “%1”.").arg(problem.pool().name),
                           QStringLiteral("total %1 > pool %2").arg(total).arg(problem.pool().amount));
    proposal.objective = problem.figures(proposal.scenario).expectedImpact;
    proposal.seconds = double(timer.nsecsElapsed()) / 1e9;
    return proposal;
}

} // namespace Comite::AllocationSolver

#include "clock.h"

namespace Comite {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Comite

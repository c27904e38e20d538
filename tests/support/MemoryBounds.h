#pragma once

namespace rapport::test {

// Whether bounds on peak memory apply: not in sanitizer builds, whose shadow memory and
// quarantine inflate every figure (tests/CMakeLists.txt defines RAPPORT_SANITIZED there).
constexpr bool memoryBoundsApply()
{
#ifdef RAPPORT_SANITIZED
    return false;
#else
    return true;
#endif
}

} // namespace rapport::test

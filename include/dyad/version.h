#pragma once

#define DYAD_VERSION "0.1.0"

// Placeholder replaced by the main-process work; keeps the build whole meanwhile.
export {}

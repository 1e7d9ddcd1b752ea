/**
 * Imported first by `main.ts`, so this runs before the rest of the app's modules are evaluated:
 * the code of the screen the address opens on (when it is not the Library) is fetched meanwhile,
 * instead of once the window is built.
 */
import { fetchFirstScreen } from './screen-code'

fetchFirstScreen(location.hash)

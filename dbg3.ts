import { isPlace, isFirstName, looksLikeSpeakerName, findNameRuns } from './src/core/extract/names'
console.log(isPlace('Lewis Ward'), isFirstName('Lewis'), findNameRuns('Lewis Ward, research').map(looksLikeSpeakerName))

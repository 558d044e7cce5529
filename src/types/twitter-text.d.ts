// twitter-text ships no types; only what ua-letter uses. It is CommonJS: use the default import.
declare module 'twitter-text' {
  export interface ParsedTweet {
    weightedLength: number;
    permillage: number;
    valid: boolean;
    displayRangeStart: number;
    displayRangeEnd: number;
    validRangeStart: number;
    validRangeEnd: number;
  }
  const twitter: {
    parseTweet(text: string): ParsedTweet;
  };
  export default twitter;
}

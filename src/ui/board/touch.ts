// How long a finger must rest on a post-it before it is picked up (shorter moves are scrolls).
export const TOUCH_DELAY_MS = 250;

// What a tablet is set to: the language of its screens and its part in the room.

export type Locale = 'fr' | 'en';

/** The animateur runs the room; a secrétaire's tablet opens on « Prendre des notes ». */
export type DeviceRole = 'animateur' | 'secretaire';

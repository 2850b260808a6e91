/**
 * First names for demo learners: Arabic (in Arabic and in Latin letters, as schools write them),
 * French and English, so a roster looks like a real mixed class and both directions get tried.
 */
export const DEMO_FIRST_NAMES = [
  'Salma', 'Youssef', 'Amina', 'Karim', 'Nour', 'Hamza', 'Imane', 'Omar', 'Rania', 'Mehdi',
  'سلمى', 'يوسف', 'مريم', 'آدم', 'خديجة', 'إلياس', 'هبة', 'زكرياء',
  'Chloé', 'Lucas', 'Léa', 'Hugo', 'Inès', 'Théo', 'Manon', 'Louis',
  'Emma', 'Noah', 'Grace', 'Jack', 'Lily', 'Sam',
] as const;

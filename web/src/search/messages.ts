/** The header search's words in French, the first language of Préau; `en` mirrors them key by key. */
export const fr = {
  search: {
    label: 'Rechercher',
    open: 'Rechercher une personne, un lieu, un projet',
    close: 'Fermer la recherche',
    placeholder: 'Nom, salle, projet…',
    placeholderNoPeople: 'Salle, projet…',
    results: 'Résultats de la recherche',
    groups: { person: 'Personnes', place: 'Lieux', project: 'Projets' },
    tooShort: 'Tapez au moins 2 lettres.',
    searching: 'Recherche…',
    none: 'Aucun résultat pour «\u00a0{text}\u00a0».',
    failed: 'La recherche a échoué : {reason}',
    count: {
      one: '{count} résultat, flèches haut et bas pour choisir',
      other: '{count} résultats, flèches haut et bas pour choisir',
    },
  },
};

export const en = {
  search: {
    label: 'Search',
    open: 'Search for a person, a place, a project',
    close: 'Close the search',
    placeholder: 'Name, room, project…',
    placeholderNoPeople: 'Room, project…',
    results: 'Search results',
    groups: { person: 'People', place: 'Places', project: 'Projects' },
    tooShort: 'Type at least 2 letters.',
    searching: 'Searching…',
    none: 'Nothing found for “{text}”.',
    failed: 'The search failed: {reason}',
    count: {
      one: '{count} result, up and down arrows to choose',
      other: '{count} results, up and down arrows to choose',
    },
  },
} satisfies typeof fr;

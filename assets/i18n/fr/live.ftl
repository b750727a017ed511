live-title = Session en direct
live-intro = Chacun dans la salle modifie cette carte en même temps, sur son propre ordinateur. Rien ne quitte le réseau local, et personne sans le code d’accès ne peut lire ni modifier la carte.
live-tab-host = Partager cette carte
live-tab-join = Rejoindre une session
live-your-name = Votre nom
live-share-confidential = Inclure les notes, sources et contacts confidentiels dans la session
live-start = Ouvrir la session
live-address = Adresse
live-code = Code d’accès
live-join = Rejoindre
live-join-unsaved = Enregistrez ou abandonnez d’abord les modifications de cette carte : rejoindre ouvre la carte de la session à sa place.
live-bad-address = « { $address } » n’est pas une adresse : tapez-la comme l’hôte l’affiche, par ex. 192.168.1.20:7878
live-close = Fermer
live-hosting = Les autres rejoignent avec ce code et cette adresse. Lisez-les à voix haute ou affichez-les au vidéoprojecteur.
live-joined = Dans la session ouverte à { $address }.
live-people = { $count ->
    [one] Une personne dans la session
   *[other] { $count } personnes dans la session
}
live-peer-selected = { $count ->
    [one] a sélectionné une partie prenante
   *[other] a sélectionné { $count } parties prenantes
}
live-remove = Retirer
live-remove-hint = Déconnecter cet ordinateur et le refuser désormais
live-end = Fermer la session
live-leave = Quitter la session
live-ended = La session en direct est terminée ; chacun garde sa copie de la carte.
live-left = Vous avez quitté la session en direct ; la carte reste telle quelle, à enregistrer.
live-someone = Quelqu’un
live-problem = Session en direct : { $problem }
live-problems = Session en direct : { $problem } (et { $more } de plus)
live-none-found = Aucune session entendue sur ce réseau pour l’instant ; tapez l’adresse de l’hôte.
live-found = Sessions sur ce réseau (cliquez-en une pour remplir son adresse) :
live-found-session = { $title }, ouverte par { $host }

# l'aide de la ligne de commande (voir src/cli/help.rs pour les identifiants)

cli-help-powermap = Powermap : dessiner et analyser les cartes des parties prenantes des coalitions.
cli-help-powermap-long =
    Powermap : dessiner et analyser les cartes des parties prenantes des coalitions.

    Sans commande, ouvre l'éditeur de cartes sur FILE (ou sur la dernière carte ouverte, ou sur un exemple fourni).
cli-help-powermap-after = Codes de sortie : 0 succès, 1 fichier invalide ou illisible, 2 ligne de commande incorrecte (diff et merge : voir leur aide).
cli-help-powermap--file = Un fichier de carte (.ron) à ouvrir dans l'éditeur.
cli-help-powermap--join = Rejoindre la session en direct à cette adresse dès l'ouverture de la fenêtre (celle d'un hôte, 192.168.1.20:7878, ou d'un serveur de synchronisation, ws://HÔTE:PORT), avec --code : le vidéoprojecteur de l'animateur, ou une fenêtre lancée par un script.
cli-help-powermap--code = Le code d'accès de la session indiquée par --join.

cli-help-check = Vérifier que des fichiers de carte sont valides ; affiche une ligne par fichier
cli-help-check-long =
    Vérifier que des fichiers de carte sont valides ; affiche une ligne par fichier.

    Sort avec le code 1 si un fichier est invalide, la raison étant écrite sur la sortie d'erreur.
cli-help-fmt = Réécrire des fichiers de carte sous forme canonique (ordre stable, chaque partie prenante, relation, coalition ou observation sur une ligne)
cli-help-fmt--check = Ne rien modifier ; sortir avec le code 1 si un fichier n'est pas sous forme canonique
cli-help-stats = Compter les parties prenantes par type, position et rôle, et les relations par type ; puis analyser la carte : chemins d'influence vers chaque cible, intermédiaires, acteurs centraux, lacunes et liste des quatre C de chaque coalition (Markdown)
cli-help-plan = Lister le plan : chaque tâche avec les personnes les mieux placées pour elle (pourquoi, et leur heure locale), les tâches en retard, les demandes ouvertes, les relations refroidies et les cibles que personne n'a contactées
cli-help-plan-long =
    Lister le plan : chaque tâche avec les personnes les mieux placées pour elle (pourquoi, et leur heure locale), les tâches en retard, les demandes ouvertes, les relations refroidies et les cibles que personne n'a contactées.

    Avec --ics, écrire plutôt les échéances des tâches et des demandes ouvertes dans OUT, au format iCalendar ; avec --csv, les tâches dans OUT et les demandes dans NAME.asks.csv à côté.
cli-help-history = Afficher ce dont la carte se souvient : ses jalons et les valeurs datées de chaque élément avec leurs sources (les confidentielles signalées)
cli-help-export = Exporter une carte vers un autre outil ou pour d'autres mains ; le format suit l'extension de OUT
cli-help-export-long =
    Exporter une carte vers un autre outil ou pour d'autres mains ; le format suit l'extension de OUT.

    `.csv` : les parties prenantes vont dans OUT et les relations dans NAME.relations.csv à côté (voir docs/CSV.md). `.graphml` : pour yEd et Gephi, sans les notes confidentielles. `.ron` : un fichier de carte, avec --share une copie sans les notes confidentielles. `.png` ou `.svg` : une image du réseau (toute la carte), de la grille ou du spectre, telle que l'application la dessine, avec le titre de la carte et la légende ; ou, avec --scene N, la scène N telle que la présentation la montre (voir docs/PICTURES.md).
cli-help-diff = Lister ce qui a changé de OLD à NEW : parties prenantes, relations, coalitions et réglages ajoutés, supprimés ou modifiés, champ par champ
cli-help-diff-long =
    Lister ce qui a changé de OLD à NEW : parties prenantes, relations, coalitions et réglages ajoutés, supprimés ou modifiés, champ par champ.

    Sort avec le code 0 quand les cartes sont identiques, 1 quand elles diffèrent, 2 quand un fichier ne peut pas être lu (comme `diff`).
cli-help-import = Créer un nouveau fichier de carte à partir des parties prenantes et des relations d'un tableur, ou d'un fichier GraphML (yEd, Gephi, Powermap) ; le format suit l'extension de FILE
cli-help-import-long =
    Créer un nouveau fichier de carte à partir des parties prenantes et des relations d'un tableur, ou d'un fichier GraphML (yEd, Gephi, Powermap) ; le format suit l'extension de FILE.

    Les lignes, nœuds et arêtes illisibles sont listés avec leur ligne et la raison ; rien n'est alors écrit sans --accept-partial. Ce qui a été lu autrement (un attribut gardé dans les notes, un groupe yEd mis à plat) est listé aussi, sans arrêter l'import.
cli-help-merge = Fusionner dans OUT deux versions d'une carte qui ont divergé depuis un ancêtre commun (deux branches git, deux copies dans un dossier partagé)
cli-help-merge-long =
    Fusionner dans OUT deux versions d'une carte qui ont divergé depuis un ancêtre commun (deux branches git, deux copies dans un dossier partagé).

    Les modifications de parties prenantes, relations, coalitions ou champs différents passent toutes. Là où les deux versions ont modifié le même champ, ou où l'une a supprimé ce que l'autre a modifié, la valeur de OURS est conservée, les parties prenantes concernées reçoivent l'étiquette merge-conflict et les notes de la carte listent chaque conflit. Comme pilote de fusion git : `powermap merge %O %A %B -o %A` (voir docs/MERGE.md).

    Sort avec le code 0 quand la fusion est sans conflit, 1 quand des conflits ont été écrits dans OUT, 2 quand un fichier ne peut pas être lu ou que OUT ne peut pas être écrit.
cli-help-merge--base = L'ancêtre commun dont les deux versions sont parties (un fichier vide compte comme une carte vide, comme git le donne quand les deux ont ajouté le fichier)
cli-help-merge--ours = Cette version : en cas de conflit, ses valeurs sont conservées
cli-help-merge--theirs = L'autre version
cli-help-merge--output = Le fichier de la carte fusionnée (peut être OURS, comme le demande le pilote de fusion de git)
cli-help-serve = Héberger une session en direct de MAP sans fenêtre, jusqu'à l'arrêt : les ordinateurs rejoignent la session avec le code et modifient la carte ensemble ; chaque modification reçue est enregistrée dans MAP (et son fichier compagnon MAP.live) de façon atomique. Voir docs/COLLABORATION.md
cli-help-serve--relay = Déposer la carte sur le serveur de synchronisation automerge-repo à cette adresse (ws://HOST:PORT ou wss://…) au lieu d'écouter sur un port
cli-help-sync = Rejoindre la session en direct à ADDRESS, attendre que toute la carte soit arrivée, l'écrire dans OUT et partir
cli-help-sync-long =
    Rejoindre la session en direct à ADDRESS, attendre que toute la carte soit arrivée, l'écrire dans OUT et partir.

    Sort avec le code 1, sans rien écrire, quand le code est faux ou que rien ne répond.
cli-help-sync--address = L'hôte et le port, par ex. 192.168.1.20:7878, ou l'adresse d'un serveur de synchronisation, ws://HOST:PORT ou wss://…

# la ayuda de la línea de órdenes (ver src/cli/help.rs para los identificadores)

cli-help-powermap = Powermap: dibujar y analizar mapas de actores para coaliciones.
cli-help-powermap-long =
    Powermap: dibujar y analizar mapas de actores para coaliciones.

    Sin orden, abre el editor de mapas en FILE (o en el último mapa abierto, o en un ejemplo incluido).
cli-help-powermap-after = Códigos de salida: 0 éxito, 1 archivo no válido o ilegible, 2 línea de órdenes incorrecta (diff y merge: vea su ayuda).
cli-help-powermap--file = Un archivo de mapa (.ron) que abrir en el editor.
cli-help-powermap--join = Unirse a la sesión en directo en esta dirección al abrirse la ventana (la de un anfitrión, 192.168.1.20:7878, o la de un servidor de sincronización, ws://ANFITRIÓN:PUERTO), con --code: el proyector de quien facilita, o una ventana que abre un script.
cli-help-powermap--code = El código de acceso de la sesión que indica --join.

cli-help-check = Comprobar que los archivos de mapa son válidos; muestra una línea por archivo
cli-help-check-long =
    Comprobar que los archivos de mapa son válidos; muestra una línea por archivo.

    Sale con 1 si algún archivo no es válido, con el motivo en la salida de errores.
cli-help-fmt = Reescribir archivos de mapa en forma canónica (orden estable, cada actor, relación, coalición u observación en una línea)
cli-help-fmt--check = No cambiar nada; salir con 1 si algún archivo no está en forma canónica
cli-help-stats = Contar los actores por tipo, postura y rol, y las relaciones por tipo; después analizar el mapa: caminos de influencia hacia cada objetivo, intermediarios, actores centrales, carencias y la lista de las cuatro C de cada coalición (Markdown)
cli-help-plan = Listar el plan: cada tarea con las personas más indicadas para ella (por qué, y su hora local), las tareas atrasadas, las peticiones abiertas, las relaciones enfriadas y los objetivos que nadie ha contactado
cli-help-plan-long =
    Listar el plan: cada tarea con las personas más indicadas para ella (por qué, y su hora local), las tareas atrasadas, las peticiones abiertas, las relaciones enfriadas y los objetivos que nadie ha contactado.

    Con --ics, escribir en su lugar las fechas límite de las tareas y peticiones abiertas en OUT como archivo iCalendar; con --csv, las tareas en OUT y las peticiones en NAME.asks.csv a su lado.
cli-help-history = Mostrar lo que el mapa recuerda: sus hitos y los valores fechados de cada elemento con sus fuentes (las confidenciales, marcadas)
cli-help-export = Exportar un mapa para otra herramienta u otras manos; el formato sigue la extensión de OUT
cli-help-export-long =
    Exportar un mapa para otra herramienta u otras manos; el formato sigue la extensión de OUT.

    `.csv`: los actores van a OUT y las relaciones a NAME.relations.csv a su lado (vea docs/CSV.md). `.graphml`: para yEd y Gephi, sin las notas confidenciales. `.ron`: un archivo de mapa, con --share una copia sin las notas confidenciales. `.png` o `.svg`: una imagen de la red (todo el mapa), de la matriz o del espectro, tal como la dibuja la aplicación, con el título del mapa y la leyenda; o, con --scene N, la escena N tal como la muestra la presentación (vea docs/PICTURES.md).
cli-help-diff = Listar lo que cambió de OLD a NEW: actores, relaciones, coaliciones y ajustes añadidos, eliminados o cambiados, campo por campo
cli-help-diff-long =
    Listar lo que cambió de OLD a NEW: actores, relaciones, coaliciones y ajustes añadidos, eliminados o cambiados, campo por campo.

    Sale con 0 cuando los mapas son iguales, 1 cuando difieren, 2 cuando no se puede leer un archivo (como hace `diff`).
cli-help-import = Crear un archivo de mapa nuevo a partir de los actores y las relaciones de una hoja de cálculo, o de un archivo GraphML (yEd, Gephi, Powermap); el formato sigue la extensión de FILE
cli-help-import-long =
    Crear un archivo de mapa nuevo a partir de los actores y las relaciones de una hoja de cálculo, o de un archivo GraphML (yEd, Gephi, Powermap); el formato sigue la extensión de FILE.

    Las filas, nodos y aristas que no se pueden leer se listan con su línea y el motivo; entonces no se escribe nada salvo con --accept-partial. Lo que se leyó de otro modo (un atributo guardado en las notas, un grupo de yEd leído plano) también se lista, y no detiene la importación.
cli-help-merge = Fusionar en OUT dos versiones de un mapa que se separaron desde un ancestro común (dos ramas de git, dos copias en una carpeta compartida)
cli-help-merge-long =
    Fusionar en OUT dos versiones de un mapa que se separaron desde un ancestro común (dos ramas de git, dos copias en una carpeta compartida).

    Los cambios en actores, relaciones, coaliciones o campos distintos pasan todos. Donde ambas versiones cambiaron el mismo campo, o una eliminó lo que la otra cambió, se conserva el valor de OURS, los actores afectados llevan la etiqueta merge-conflict y las notas del mapa listan cada conflicto. Como controlador de fusión de git: `powermap merge %O %A %B -o %A` (vea docs/MERGE.md).

    Sale con 0 cuando la fusión no tiene conflictos, 1 cuando se escribieron conflictos en OUT, 2 cuando no se puede leer un archivo o no se puede escribir OUT.
cli-help-merge--base = El ancestro común del que partieron ambas versiones (un archivo vacío cuenta como un mapa vacío, como lo da git cuando ambas añadieron el archivo)
cli-help-merge--ours = Esta versión: en los conflictos se conservan sus valores
cli-help-merge--theirs = La otra versión
cli-help-merge--output = El archivo del mapa fusionado (puede ser OURS, como pide el controlador de fusión de git)
cli-help-serve = Alojar una sesión en vivo de MAP sin ventana, hasta que se detenga: los portátiles se unen con el código y editan el mapa juntos; cada cambio que llega se guarda en MAP (y en su archivo acompañante MAP.live) de forma atómica. Vea docs/COLLABORATION.md
cli-help-serve--relay = Subir el mapa al servidor de sincronización automerge-repo en esta dirección (ws://HOST:PORT o wss://…) en lugar de escuchar en un puerto
cli-help-sync = Unirse a la sesión en vivo en ADDRESS, esperar a que llegue todo el mapa, escribirlo en OUT y salir
cli-help-sync-long =
    Unirse a la sesión en vivo en ADDRESS, esperar a que llegue todo el mapa, escribirlo en OUT y salir.

    Sale con 1, sin escribir nada, cuando el código es incorrecto o nada responde.
cli-help-sync--address = El host y el puerto, p. ej. 192.168.1.20:7878, o la dirección de un servidor de sincronización, ws://HOST:PORT o wss://…

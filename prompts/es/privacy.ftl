## /privacy, /export y /forget: qué guardo, por qué, durante cuánto tiempo y cómo recuperarlo.

command-privacy = qué guardo sobre ti, por qué y durante cuánto tiempo
command-export = recibe una copia de todo lo que guardo sobre ti
command-forget = borra todo lo que sé sobre ti y tu negocio

privacy-intro = Esto es exactamente lo que guardo sobre ti, por qué y durante cuánto tiempo.
privacy-what = Qué guardo: tus respuestas a mis preguntas (nombre del negocio, sector, objetivos, clientes, tiempo al día), tus ajustes (idioma, zona horaria, hora del empujón diario), los empujones y chequeos que te he dado y, si conectas X, el perfil de tu cuenta con sus posts y menciones. No guardo los mensajes que escribes, solo las respuestas a mis preguntas. Guardo todo esto solo para acompañarte, y no lo comparto con nadie.
privacy-how-long = Cuánto tiempo: tus respuestas, ajustes, empujones y chequeos hasta que los borres. Los posts, menciones y el número de seguidores día a día que vienen de X durante 90 días: los más antiguos se borran solos.
privacy-tokens = Tu acceso a X: solo puedo leer, nunca publicar. Las claves que X me da se guardan cifradas; /disconnect o /forget le pide a X que las revoque y las borra también aquí.
privacy-groups = Grupos y canales: nunca publico nada sobre tu cuenta en un grupo o un canal, salvo que tú lo elijas. Si me preguntas algo en un grupo, te respondo en privado.
privacy-rights = Tus derechos: /export te envía un archivo con todo lo que guardo sobre ti. /forget lo borra todo, para siempre. Si tu espacio de trabajo de Slack me elimina, borro los datos de todas las personas que forman parte de él.

export-ready = Aquí tienes todo lo que guardo sobre ti, en un solo archivo (JSON, se abre con cualquier editor de texto). Las claves de tu cuenta de X no están: nunca salen de aquí.

forget-ask = ¿Quieres que borre todo lo que sé sobre ti y tu negocio? Le pediré a X que revoque mi acceso y luego borraré tus respuestas, ajustes, posts, empujones y chequeos. No se puede deshacer.
forget-ask-local = ¿Quieres que borre todo lo que sé sobre ti y tu negocio? Borraré tus respuestas, ajustes, posts, empujones y chequeos. No se puede deshacer.
button-forget-yes = Sí, borrar todo
button-forget-no = No, conservar mis datos
forget-kept = De acuerdo, lo he dejado todo como estaba.
forget-done = Hecho: le pedí a X que revoque mi acceso y borré todo lo que sabía sobre ti y tu negocio. Si me vuelves a escribir, empezamos de cero. ¡Hasta pronto!
forget-done-local = Hecho: borré todo lo que sabía sobre ti y tu negocio (no habías iniciado sesión con X, así que no tenía ningún acceso que revocar allí). Si me vuelves a escribir, empezamos de cero. ¡Hasta pronto!

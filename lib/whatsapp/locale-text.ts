// WhatsApp's own UI wording, per locale: the LAST layer of detection, used only where no
// language-independent signal exists (docs/research/what-whatsapp-shares.md §2). Data only; matching lives in text.ts.
//
// English is WhatsApp's wording as recovered from the shipped modules (whatsapp-dom.md §b.2, b.4, c, d.2–d.6;
// what-whatsapp-shares.md §1.5–1.6). Every other locale is our best knowledge of WhatsApp's translation and is ASSUMED
// (not read from a dump): keep several variants where the wording is uncertain, and add what the live site shows.
//
// Notices (`notice*`) match by prefix: only the first sentence is stored, because the tail differs by platform
// ("Click/Tap to learn more") and by gate (no tail at all); where two notices share their first sentence, the second is
// kept too. Everything else matches the whole label.
// `{n}` stands for a number (Latin or Arabic-Indic digits). `{name}` stands for a person's name, in notices only; a
// wording holding one is never "known" to the fixture sanitizer (text.ts isKnownWording), so no name survives it.
// The 2026 AI and chat-state wordings (docs/research/ai-2026.md §3, §5.2, §6.5, §8.4, §8.6) are English from the
// shipped modules; their translations are assumed like every other locale.

import type { PrivacyValue } from '../model/privacy-controls';

export const TEXT_LOCALES = ['en', 'pt_BR', 'es', 'hi', 'id', 'de', 'fr', 'ar'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

type Table = Record<TextLocale, readonly string[]>;

export const LOCALE_TEXT = {
  // — system notices at the top of a chat, and the contact-info security row (whatsapp-dom.md §b.4, §c) —
  noticeMeta: {
    en: ['This business uses a secure service from Meta to manage this chat'],
    pt_BR: ['Esta empresa usa um serviço seguro da Meta para gerenciar esta conversa'],
    es: ['Esta empresa usa un servicio seguro de Meta para administrar este chat'],
    hi: ['यह बिज़नेस इस चैट को मैनेज करने के लिए Meta की सुरक्षित सेवा का इस्तेमाल करता है'],
    id: ['Bisnis ini menggunakan layanan aman dari Meta untuk mengelola chat ini'],
    de: ['Dieses Unternehmen nutzt einen sicheren Service von Meta, um diesen Chat zu verwalten'],
    fr: ['Cette entreprise utilise un service sécurisé de Meta pour gérer cette discussion'],
    ar: ['يستخدم هذا النشاط التجاري خدمة آمنة من Meta لإدارة هذه الدردشة'],
  },
  noticeMetaNow: {
    en: ['This business is now using a secure service from Meta to manage this chat'],
    pt_BR: [
      'Esta empresa agora usa um serviço seguro da Meta para gerenciar esta conversa',
      'Esta empresa agora está usando um serviço seguro da Meta para gerenciar esta conversa',
    ],
    es: [
      'Esta empresa ahora usa un servicio seguro de Meta para administrar este chat',
      'Esta empresa ahora está usando un servicio seguro de Meta para administrar este chat',
    ],
    hi: ['यह बिज़नेस अब इस चैट को मैनेज करने के लिए Meta की सुरक्षित सेवा का इस्तेमाल कर रहा है'],
    id: ['Bisnis ini sekarang menggunakan layanan aman dari Meta untuk mengelola chat ini'],
    de: ['Dieses Unternehmen nutzt jetzt einen sicheren Service von Meta, um diesen Chat zu verwalten'],
    fr: ['Cette entreprise utilise désormais un service sécurisé de Meta pour gérer cette discussion'],
    ar: [
      'أصبح هذا النشاط التجاري يستخدم خدمة آمنة من Meta لإدارة هذه الدردشة',
      'يستخدم هذا النشاط التجاري الآن خدمة آمنة من Meta لإدارة هذه الدردشة',
    ],
  },
  noticeVendor: {
    en: ['This business works with other companies to manage this chat'],
    pt_BR: ['Esta empresa trabalha com outras empresas para gerenciar esta conversa'],
    es: ['Esta empresa trabaja con otras empresas para administrar este chat'],
    hi: ['यह बिज़नेस इस चैट को मैनेज करने के लिए दूसरी कंपनियों के साथ काम करता है'],
    id: ['Bisnis ini bekerja sama dengan perusahaan lain untuk mengelola chat ini'],
    de: ['Dieses Unternehmen arbeitet mit anderen Unternehmen zusammen, um diesen Chat zu verwalten'],
    fr: ["Cette entreprise travaille avec d'autres entreprises pour gérer cette discussion"],
    ar: ['يعمل هذا النشاط التجاري مع شركات أخرى لإدارة هذه الدردشة'],
  },
  noticeVendorNow: {
    en: ['This business is now working with other companies to manage this chat'],
    pt_BR: [
      'Esta empresa agora trabalha com outras empresas para gerenciar esta conversa',
      'Esta empresa agora está trabalhando com outras empresas para gerenciar esta conversa',
    ],
    es: ['Esta empresa ahora trabaja con otras empresas para administrar este chat'],
    hi: ['यह बिज़नेस अब इस चैट को मैनेज करने के लिए दूसरी कंपनियों के साथ काम कर रहा है'],
    id: ['Bisnis ini sekarang bekerja sama dengan perusahaan lain untuk mengelola chat ini'],
    de: ['Dieses Unternehmen arbeitet jetzt mit anderen Unternehmen zusammen, um diesen Chat zu verwalten'],
    fr: ["Cette entreprise travaille désormais avec d'autres entreprises pour gérer cette discussion"],
    ar: ['أصبح هذا النشاط التجاري يعمل مع شركات أخرى لإدارة هذه الدردشة', 'يعمل هذا النشاط التجاري الآن مع شركات أخرى لإدارة هذه الدردشة'],
  },
  // The end-to-end notice (chat top, contact-info row); at the chat top the ic-lock-filled icon is the first signal.
  // Its first sentence is the same in the older wording ("…No one outside of this chat, not even WhatsApp, can read or
  // listen to them.") and the 2026 one ("…Only people in this chat can read, listen to, or share them.",
  // ai-2026.md §6.7), so both match.
  noticeE2e: {
    en: ['Messages are end-to-end encrypted', 'Messages and calls are end-to-end encrypted'],
    pt_BR: [
      'As mensagens são protegidas com a criptografia de ponta a ponta',
      'As mensagens e ligações são protegidas com a criptografia de ponta a ponta',
    ],
    es: ['Los mensajes están cifrados de extremo a extremo', 'Los mensajes y las llamadas están cifrados de extremo a extremo'],
    hi: ['मैसेज एंड-टू-एंड एन्क्रिप्टेड हैं', 'मैसेज और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं'],
    id: ['Pesan terenkripsi secara end-to-end', 'Pesan dan panggilan terenkripsi secara end-to-end'],
    de: ['Nachrichten sind Ende-zu-Ende-verschlüsselt', 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt'],
    fr: ['Les messages sont chiffrés de bout en bout', 'Les messages et les appels sont chiffrés de bout en bout'],
    ar: ['الرسائل مشفرة تماما بين الطرفين', 'الرسائل والمكالمات مشفرة تماما بين الطرفين'],
  },

  // — Meta AI in a chat with people (ai-2026.md §3): two notices share their first sentence, so the second is kept —
  noticeAiGroupOpen: {
    en: ['A group member added Meta AI to this chat. Meta can read new messages'],
    pt_BR: ['Um membro do grupo adicionou a Meta AI a esta conversa. A Meta pode ler novas mensagens'],
    es: ['Un miembro del grupo añadió a Meta AI a este chat. Meta puede leer los mensajes nuevos'],
    hi: ['ग्रुप के एक सदस्य ने इस चैट में Meta AI को जोड़ा है। Meta नए मैसेज पढ़ सकता है'],
    id: ['Anggota grup menambahkan Meta AI ke chat ini. Meta dapat membaca pesan baru'],
    de: ['Ein Gruppenmitglied hat Meta AI zu diesem Chat hinzugefügt. Meta kann neue Nachrichten lesen'],
    fr: ['Un membre du groupe a ajouté Meta AI à cette discussion. Meta peut lire les nouveaux messages'],
    ar: ['أضاف أحد أعضاء المجموعة Meta AI إلى هذه الدردشة. يمكن لـ Meta قراءة الرسائل الجديدة'],
  },
  noticeAiGroupPrivate: {
    en: ["A group member added Meta AI to this chat. It's secured with Private Processing"],
    pt_BR: ['Um membro do grupo adicionou a Meta AI a esta conversa. Ela está protegida com o Processamento Privado'],
    es: ['Un miembro del grupo añadió a Meta AI a este chat. Está protegido con el procesamiento privado'],
    hi: ['ग्रुप के एक सदस्य ने इस चैट में Meta AI को जोड़ा है। यह प्राइवेट प्रोसेसिंग से सुरक्षित है'],
    id: ['Anggota grup menambahkan Meta AI ke chat ini. Chat ini diamankan dengan Pemrosesan Pribadi'],
    de: ['Ein Gruppenmitglied hat Meta AI zu diesem Chat hinzugefügt. Er ist mit Private Processing geschützt'],
    fr: ['Un membre du groupe a ajouté Meta AI à cette discussion. Elle est sécurisée par le traitement privé'],
    ar: ['أضاف أحد أعضاء المجموعة Meta AI إلى هذه الدردشة. هذه الدردشة مؤمنة بالمعالجة الخاصة'],
  },
  // The older English ("…are sent to Meta") is known only by those words: its exact form is assumed.
  noticeAiMention: {
    en: [
      'Only messages that mention or people share with @Meta AI can be read by Meta',
      'Only messages that mention or people share with @Meta AI are sent to Meta',
    ],
    pt_BR: ['Somente as mensagens que mencionam a @Meta AI ou que as pessoas compartilham com ela podem ser lidas pela Meta'],
    es: ['Solo los mensajes que mencionan a @Meta AI o que las personas comparten con ella pueden ser leídos por Meta'],
    hi: ['सिर्फ़ वही मैसेज Meta पढ़ सकता है जिनमें @Meta AI का ज़िक्र हो या जिन्हें लोग @Meta AI के साथ शेयर करें'],
    id: ['Hanya pesan yang menyebut atau dibagikan orang dengan @Meta AI yang dapat dibaca oleh Meta'],
    de: ['Nur Nachrichten, in denen @Meta AI erwähnt wird oder die mit @Meta AI geteilt werden, können von Meta gelesen werden'],
    fr: ['Seuls les messages qui mentionnent @Meta AI ou que des personnes partagent avec @Meta AI peuvent être lus par Meta'],
    ar: ['يمكن لـ Meta قراءة الرسائل التي تذكر @Meta AI أو التي يشاركها الأشخاص معه فقط'],
  },

  // — a business's AI (ai-2026.md §5.2): most countries and India, Brazil, and the older wording —
  noticeBizAiMeta: {
    en: [
      'AI from Meta receives messages to improve AI quality and generate messages for this business',
      'AI from Meta receives messages and may use them to improve AI quality',
      'AI from Meta receives chats and generates messages for this business',
    ],
    pt_BR: [
      'A IA da Meta recebe mensagens para melhorar a qualidade da IA e gerar mensagens para esta empresa',
      'A IA da Meta recebe mensagens e pode usá-las para melhorar a qualidade da IA',
    ],
    es: ['La IA de Meta recibe mensajes para mejorar la calidad de la IA y generar mensajes para esta empresa'],
    hi: ['Meta का AI, AI की क्वालिटी बेहतर करने और इस बिज़नेस के लिए मैसेज बनाने के लिए मैसेज पाता है'],
    id: ['AI dari Meta menerima pesan untuk meningkatkan kualitas AI dan membuat pesan untuk bisnis ini'],
    de: ['KI von Meta empfängt Nachrichten, um die KI-Qualität zu verbessern und Nachrichten für dieses Unternehmen zu erstellen'],
    fr: ["L'IA de Meta reçoit les messages pour améliorer la qualité de l'IA et générer des messages pour cette entreprise"],
    ar: ['يتلقى الذكاء الاصطناعي من Meta الرسائل لتحسين جودة الذكاء الاصطناعي وإنشاء رسائل لهذا النشاط التجاري'],
  },
  noticeBizAiThirdParty: {
    en: ['This AI is from a third-party developer'],
    pt_BR: ['Esta IA é de um desenvolvedor terceirizado'],
    es: ['Esta IA es de un desarrollador externo'],
    hi: ['यह AI किसी थर्ड-पार्टी डेवलपर का है'],
    id: ['AI ini berasal dari developer pihak ketiga'],
    de: ['Diese KI stammt von einem Drittanbieter-Entwickler'],
    fr: ["Cette IA provient d'un développeur tiers"],
    ar: ['هذا الذكاء الاصطناعي من مطور تابع لجهة خارجية'],
  },

  // — chats started from an ad: data sharing on or off (ai-2026.md §8.6); both sentences, as only the second differs —
  noticeDataSharingOn: {
    en: ['This chat started from an ad on Facebook or Instagram. Data sharing for customer-related activities is turned on'],
    pt_BR: [
      'Esta conversa começou a partir de um anúncio no Facebook ou Instagram. O compartilhamento de dados para atividades relacionadas a clientes está ativado',
    ],
    es: [
      'Este chat comenzó a partir de un anuncio en Facebook o Instagram. El uso compartido de datos para actividades relacionadas con clientes está activado',
    ],
    hi: ['यह चैट Facebook या Instagram पर दिखे विज्ञापन से शुरू हुई थी। ग्राहक से जुड़ी गतिविधियों के लिए डेटा शेयरिंग चालू है'],
    id: ['Chat ini dimulai dari iklan di Facebook atau Instagram. Berbagi data untuk aktivitas terkait pelanggan diaktifkan'],
    de: [
      'Dieser Chat wurde über eine Werbeanzeige auf Facebook oder Instagram gestartet. Das Teilen von Daten für kundenbezogene Aktivitäten ist aktiviert',
    ],
    fr: [
      "Cette discussion a commencé à partir d'une publicité sur Facebook ou Instagram. Le partage de données pour les activités liées aux clients est activé",
    ],
    ar: ['بدأت هذه الدردشة من إعلان على Facebook أو Instagram. مشاركة البيانات للأنشطة المتعلقة بالعملاء قيد التشغيل'],
  },
  noticeDataSharingOff: {
    en: ['This chat started from an ad on Facebook or Instagram. Data sharing for customer-related activities is turned off'],
    pt_BR: [
      'Esta conversa começou a partir de um anúncio no Facebook ou Instagram. O compartilhamento de dados para atividades relacionadas a clientes está desativado',
    ],
    es: [
      'Este chat comenzó a partir de un anuncio en Facebook o Instagram. El uso compartido de datos para actividades relacionadas con clientes está desactivado',
    ],
    hi: ['यह चैट Facebook या Instagram पर दिखे विज्ञापन से शुरू हुई थी। ग्राहक से जुड़ी गतिविधियों के लिए डेटा शेयरिंग बंद है'],
    id: ['Chat ini dimulai dari iklan di Facebook atau Instagram. Berbagi data untuk aktivitas terkait pelanggan dinonaktifkan'],
    de: [
      'Dieser Chat wurde über eine Werbeanzeige auf Facebook oder Instagram gestartet. Das Teilen von Daten für kundenbezogene Aktivitäten ist deaktiviert',
    ],
    fr: [
      "Cette discussion a commencé à partir d'une publicité sur Facebook ou Instagram. Le partage de données pour les activités liées aux clients est désactivé",
    ],
    ar: ['بدأت هذه الدردشة من إعلان على Facebook أو Instagram. مشاركة البيانات للأنشطة المتعلقة بالعملاء متوقفة'],
  },

  // — advanced chat privacy switched on or off, in the chat (ai-2026.md §6.5): by you, by someone, or unattributed —
  noticeAcpOn: {
    en: ['You turned on advanced chat privacy', '{name} turned on advanced chat privacy', 'Advanced chat privacy was turned on'],
    pt_BR: [
      'Você ativou a privacidade avançada da conversa',
      '{name} ativou a privacidade avançada da conversa',
      'A privacidade avançada da conversa foi ativada',
    ],
    es: [
      'Activaste la privacidad avanzada del chat',
      '{name} activó la privacidad avanzada del chat',
      'Se activó la privacidad avanzada del chat',
    ],
    hi: ['आपने एडवांस्ड चैट प्राइवेसी चालू की', '{name} ने एडवांस्ड चैट प्राइवेसी चालू की', 'एडवांस्ड चैट प्राइवेसी चालू की गई'],
    id: ['Anda mengaktifkan privasi chat lanjutan', '{name} mengaktifkan privasi chat lanjutan', 'Privasi chat lanjutan diaktifkan'],
    de: [
      'Du hast den erweiterten Chat-Datenschutz aktiviert',
      '{name} hat den erweiterten Chat-Datenschutz aktiviert',
      'Erweiterter Chat-Datenschutz wurde aktiviert',
    ],
    fr: [
      'Vous avez activé la confidentialité avancée des discussions',
      '{name} a activé la confidentialité avancée des discussions',
      'La confidentialité avancée des discussions a été activée',
    ],
    ar: ['لقد شغلت الخصوصية المتقدمة للدردشة', 'قام {name} بتشغيل الخصوصية المتقدمة للدردشة', 'تم تشغيل الخصوصية المتقدمة للدردشة'],
  },
  noticeAcpOff: {
    en: ['You turned off advanced chat privacy', '{name} turned off advanced chat privacy', 'Advanced chat privacy was turned off'],
    pt_BR: [
      'Você desativou a privacidade avançada da conversa',
      '{name} desativou a privacidade avançada da conversa',
      'A privacidade avançada da conversa foi desativada',
    ],
    es: [
      'Desactivaste la privacidad avanzada del chat',
      '{name} desactivó la privacidad avanzada del chat',
      'Se desactivó la privacidad avanzada del chat',
    ],
    hi: ['आपने एडवांस्ड चैट प्राइवेसी बंद की', '{name} ने एडवांस्ड चैट प्राइवेसी बंद की', 'एडवांस्ड चैट प्राइवेसी बंद की गई'],
    id: ['Anda menonaktifkan privasi chat lanjutan', '{name} menonaktifkan privasi chat lanjutan', 'Privasi chat lanjutan dinonaktifkan'],
    de: [
      'Du hast den erweiterten Chat-Datenschutz deaktiviert',
      '{name} hat den erweiterten Chat-Datenschutz deaktiviert',
      'Erweiterter Chat-Datenschutz wurde deaktiviert',
    ],
    fr: [
      'Vous avez désactivé la confidentialité avancée des discussions',
      '{name} a désactivé la confidentialité avancée des discussions',
      'La confidentialité avancée des discussions a été désactivée',
    ],
    ar: ['لقد أوقفت الخصوصية المتقدمة للدردشة', 'قام {name} بإيقاف الخصوصية المتقدمة للدردشة', 'تم إيقاف الخصوصية المتقدمة للدردشة'],
  },

  // — business markers (whatsapp-dom.md §b.2 "Business Account" subtitle stage, §c business banner) —
  subtitleBusiness: {
    en: ['Business Account', 'Business account'],
    pt_BR: ['Conta comercial'],
    es: ['Cuenta de empresa'],
    hi: ['बिज़नेस अकाउंट'],
    id: ['Akun Bisnis'],
    de: ['Unternehmenskonto'],
    fr: ['Compte Business', 'Compte professionnel'],
    ar: ['حساب نشاط تجاري', 'حساب تجاري'],
  },
  // English assumed too: whatsapp-dom.md §c says the banner text was not recovered.
  bannerBusiness: {
    en: ['This is a business account'],
    pt_BR: ['Esta é uma conta comercial'],
    es: ['Esta es una cuenta de empresa'],
    hi: ['यह एक बिज़नेस अकाउंट है'],
    id: ['Ini adalah akun bisnis'],
    de: ['Dies ist ein Unternehmenskonto'],
    fr: ['Ceci est un compte professionnel'],
    ar: ['هذا حساب نشاط تجاري', 'هذا حساب تجاري'],
  },

  // — privacy values: option labels on sub-pages and the value line on the Privacy list (whatsapp-dom.md §d.3–d.4) —
  valueEveryone: {
    en: ['Everyone'],
    pt_BR: ['Todos'],
    es: ['Todos'],
    hi: ['सभी'],
    id: ['Semua orang', 'Semua'],
    de: ['Jeder', 'Alle'],
    fr: ['Tout le monde'],
    ar: ['الجميع'],
  },
  valueContacts: {
    en: ['My contacts'],
    pt_BR: ['Meus contatos'],
    es: ['Mis contactos'],
    hi: ['मेरे संपर्क', 'मेरे कॉन्टैक्ट्स'],
    id: ['Kontak saya'],
    de: ['Meine Kontakte'],
    fr: ['Mes contacts'],
    ar: ['جهات اتصالي'],
  },
  valueContactsExcept: {
    en: ['My contacts except...'],
    pt_BR: ['Meus contatos, exceto...', 'Meus contatos exceto...'],
    es: ['Mis contactos, excepto...', 'Mis contactos excepto...'],
    hi: ['मेरे संपर्क, इनके अलावा...', 'मेरे कॉन्टैक्ट्स, इनके अलावा...'],
    id: ['Kontak saya, kecuali...', 'Kontak saya kecuali...'],
    de: ['Meine Kontakte außer ...', 'Meine Kontakte außer...'],
    fr: ['Mes contacts sauf...', 'Mes contacts, sauf...'],
    ar: ['جهات اتصالي باستثناء...'],
  },
  // The Privacy list's wording for "My contacts except…" once someone is excluded.
  valueContactsExcluded: {
    en: ['{n} contacts excluded', '1 contact excluded'],
    pt_BR: ['{n} contatos excluídos', '1 contato excluído'],
    es: ['{n} contactos excluidos', '1 contacto excluido'],
    hi: ['{n} संपर्क बाहर रखे गए', '{n} कॉन्टैक्ट्स बाहर रखे गए'],
    id: ['{n} kontak dikecualikan'],
    de: ['{n} Kontakte ausgeschlossen', '1 Kontakt ausgeschlossen'],
    fr: ['{n} contacts exclus', '1 contact exclu'],
    ar: ['{n} جهات اتصال مستثناة', 'تم استبعاد {n} من جهات الاتصال', 'تم استبعاد جهة اتصال واحدة', 'جهة اتصال واحدة مستثناة'],
  },
  valueNobody: {
    en: ['Nobody'],
    pt_BR: ['Ninguém'],
    es: ['Nadie'],
    hi: ['कोई नहीं'],
    id: ['Tidak ada'],
    de: ['Niemand'],
    fr: ['Personne'],
    ar: ['لا أحد'],
  },
  valueSameAsLastSeen: {
    en: ['Same as last seen'],
    pt_BR: ['Igual ao visto por último'],
    es: ['Igual que la última vez', 'Igual que la hora de últ. vez'],
    hi: ['लास्ट सीन के समान', 'लास्ट सीन जैसा ही'],
    id: ['Sama seperti terakhir dilihat'],
    de: ['Wie „Zuletzt online“', 'Wie zuletzt online'],
    fr: ['Identique à Vu à', 'Identique à « Vu à »'],
    ar: ['مثل آخر ظهور'],
  },
  valueOnlyShareWith: {
    en: ['Only share with...'],
    pt_BR: ['Compartilhar somente com...', 'Só compartilhar com...'],
    es: ['Solo compartir con...'],
    hi: ['सिर्फ़ इनके साथ शेयर करें...'],
    id: ['Hanya bagikan dengan...'],
    de: ['Nur teilen mit ...', 'Nur teilen mit...'],
    fr: ['Partager uniquement avec...'],
    ar: ['المشاركة فقط مع...'],
  },
  // The Privacy list's wording for status "Only share with…" once contacts are chosen.
  valueContactsSelected: {
    en: ['{n} contacts selected', '1 contact selected'],
    pt_BR: ['{n} contatos selecionados', '1 contato selecionado'],
    es: ['{n} contactos seleccionados', '1 contacto seleccionado'],
    hi: ['{n} संपर्क चुने गए'],
    id: ['{n} kontak dipilih'],
    de: ['{n} Kontakte ausgewählt', '1 Kontakt ausgewählt'],
    fr: ['{n} contacts sélectionnés', '1 contact sélectionné'],
    ar: ['تم تحديد {n} من جهات الاتصال', '{n} جهات اتصال محددة'],
  },
  // A switch's state line, where WhatsApp shows one (the advanced-chat-privacy row in contact info: assumed wording).
  valueOn: {
    en: ['On'],
    pt_BR: ['Ativado', 'Ativada'],
    es: ['Activado', 'Activada'],
    hi: ['चालू'],
    id: ['Aktif'],
    de: ['An', 'Ein'],
    fr: ['Activé', 'Activée'],
    ar: ['تشغيل', 'قيد التشغيل'],
  },
  valueOff: {
    en: ['Off'],
    pt_BR: ['Desativado', 'Desativada', 'Desativadas', 'Desligado'],
    es: ['Desactivado', 'Desactivados', 'No'],
    hi: ['बंद'],
    id: ['Nonaktif', 'Mati'],
    de: ['Aus'],
    fr: ['Désactivé', 'Désactivés'],
    ar: ['إيقاف', 'متوقف'],
  },
  valueTimer24h: {
    en: ['24 hours'],
    pt_BR: ['24 horas'],
    es: ['24 horas'],
    hi: ['24 घंटे'],
    id: ['24 jam'],
    de: ['24 Stunden'],
    fr: ['24 heures'],
    ar: ['24 ساعة'],
  },
  valueTimer7d: {
    en: ['7 days'],
    pt_BR: ['7 dias'],
    es: ['7 días'],
    hi: ['7 दिन'],
    id: ['7 hari'],
    de: ['7 Tage'],
    fr: ['7 jours'],
    ar: ['7 أيام'],
  },
  valueTimer90d: {
    en: ['90 days'],
    pt_BR: ['90 dias'],
    es: ['90 días'],
    hi: ['90 दिन'],
    id: ['90 hari'],
    de: ['90 Tage'],
    fr: ['90 jours'],
    ar: ['90 يوما'],
  },

  // — drawer titles and list items (whatsapp-dom.md §c, §d.2–d.6; what-whatsapp-shares.md §1.6) —
  titleSettings: {
    en: ['Settings'],
    pt_BR: ['Configurações'],
    es: ['Ajustes', 'Configuración'],
    hi: ['सेटिंग्स'],
    id: ['Setelan', 'Pengaturan'],
    de: ['Einstellungen'],
    fr: ['Paramètres'],
    ar: ['الإعدادات'],
  },
  titlePrivacy: {
    en: ['Privacy'],
    pt_BR: ['Privacidade'],
    es: ['Privacidad'],
    hi: ['निजता', 'प्राइवेसी'],
    id: ['Privasi'],
    de: ['Datenschutz'],
    fr: ['Confidentialité'],
    ar: ['الخصوصية'],
  },
  titleAccount: {
    en: ['Account'],
    pt_BR: ['Conta'],
    es: ['Cuenta'],
    hi: ['अकाउंट', 'खाता'],
    id: ['Akun'],
    de: ['Konto', 'Account'],
    fr: ['Compte'],
    ar: ['الحساب'],
  },
  // The Account list item is "Security notifications" in the mock (whatsapp-dom.md §d.6: label blank in 2026).
  titleSecurity: {
    en: ['Security', 'Security notifications'],
    pt_BR: ['Segurança', 'Notificações de segurança'],
    es: ['Seguridad', 'Notificaciones de seguridad'],
    hi: ['सुरक्षा', 'सुरक्षा नोटिफ़िकेशन'],
    id: ['Keamanan', 'Notifikasi keamanan'],
    de: ['Sicherheit', 'Sicherheitsbenachrichtigungen'],
    fr: ['Sécurité', 'Notifications de sécurité'],
    ar: ['الأمان', 'إشعارات الأمان'],
  },
  titleRequestInfo: {
    en: ['Request account info'],
    pt_BR: ['Solicitar dados da conta'],
    es: ['Solicitar info. de mi cuenta', 'Solicitar información de la cuenta'],
    hi: ['अकाउंट की जानकारी का अनुरोध करें'],
    id: ['Minta info akun'],
    de: ['Account-Info anfordern', 'Kontoinformationen anfordern'],
    fr: ['Demander les infos de compte'],
    ar: ['طلب معلومات الحساب'],
  },
  titleLastSeen: {
    en: ['Last seen and online'],
    pt_BR: ['Visto por último e online'],
    es: ['Hora de últ. vez y en línea', 'Última vez y en línea'],
    hi: ['लास्ट सीन और ऑनलाइन'],
    id: ['Terakhir dilihat dan online'],
    de: ['Zuletzt online und online', 'Zuletzt online und Online-Status'],
    fr: ['Vu à et En ligne', 'Vu à et en ligne'],
    ar: ['آخر ظهور ومتصل الآن', 'آخر ظهور والاتصال'],
  },
  titleProfilePhoto: {
    en: ['Profile picture', 'Profile photo'],
    pt_BR: ['Foto do perfil'],
    es: ['Foto del perfil', 'Foto de perfil'],
    hi: ['प्रोफ़ाइल फ़ोटो'],
    id: ['Foto profil'],
    de: ['Profilbild'],
    fr: ['Photo de profil'],
    ar: ['صورة الملف الشخصي'],
  },
  titleAbout: {
    en: ['About'],
    pt_BR: ['Recado'],
    es: ['Info.', 'Info'],
    hi: ['अबाउट', 'परिचय'],
    id: ['Info', 'Tentang'],
    de: ['Info'],
    fr: ['Infos', 'Actu'],
    ar: ['الأخبار', 'النبذة'],
  },
  // The list item is "Status"; its sub-page is titled "Status privacy".
  titleStatus: {
    en: ['Status', 'Status privacy'],
    pt_BR: ['Status', 'Privacidade do status'],
    es: ['Estados', 'Estado', 'Privacidad del estado'],
    hi: ['स्टेटस', 'स्टेटस की निजता'],
    id: ['Status', 'Privasi status'],
    de: ['Status', 'Status-Datenschutz'],
    fr: ['Statut', 'Statuts', 'Confidentialité du statut'],
    ar: ['الحالة', 'خصوصية الحالة'],
  },
  titleGroups: {
    en: ['Groups'],
    pt_BR: ['Grupos'],
    es: ['Grupos'],
    hi: ['ग्रुप्स', 'ग्रुप'],
    id: ['Grup'],
    de: ['Gruppen'],
    fr: ['Groupes'],
    ar: ['المجموعات'],
  },
  titleDefaultTimer: {
    en: ['Default message timer'],
    pt_BR: ['Duração padrão', 'Temporizador padrão de mensagens', 'Duração padrão das mensagens temporárias'],
    es: ['Temporizador de mensajes predeterminado', 'Duración predeterminada'],
    hi: ['डिफ़ॉल्ट मैसेज टाइमर'],
    id: ['Timer pesan default'],
    de: ['Standard-Nachrichtendauer', 'Standard-Timer für Nachrichten'],
    fr: ['Minuteur par défaut', 'Minuteur de messages par défaut'],
    ar: ['المؤقت الافتراضي للرسائل'],
  },
  titleReadReceipts: {
    en: ['Read receipts'],
    pt_BR: ['Confirmações de leitura', 'Confirmação de leitura'],
    es: ['Confirmaciones de lectura'],
    hi: ['रीड रिसीट्स', 'रीड रिसीट'],
    id: ['Laporan dibaca'],
    de: ['Lesebestätigungen'],
    fr: ['Confirmations de lecture'],
    ar: ['مؤشرات قراءة الرسائل', 'إيصالات القراءة'],
  },
  titleBlockUnknown: {
    en: ['Block unknown account messages'],
    pt_BR: ['Bloquear mensagens de contas desconhecidas'],
    es: ['Bloquear mensajes de cuentas desconocidas'],
    hi: ['अनजान अकाउंट से आने वाले मैसेज ब्लॉक करें'],
    id: ['Blokir pesan dari akun tidak dikenal'],
    de: ['Nachrichten von unbekannten Konten blockieren'],
    fr: ['Bloquer les messages de comptes inconnus'],
    ar: ['حظر الرسائل من الحسابات غير المعروفة'],
  },
  titleProtectIp: {
    en: ['Protect IP address in calls'],
    pt_BR: ['Proteger endereço IP em ligações', 'Proteger endereço IP em chamadas', 'Proteger endereço IP nas ligações'],
    es: ['Proteger la dirección IP en las llamadas'],
    hi: ['कॉल्स में IP एड्रेस सुरक्षित रखें'],
    id: ['Lindungi alamat IP dalam panggilan'],
    de: ['IP-Adresse in Anrufen schützen'],
    fr: ["Protéger l'adresse IP dans les appels"],
    ar: ['حماية عنوان IP في المكالمات'],
  },
  titleLinkPreviews: {
    en: ['Turn off link previews', 'Disable link previews'],
    pt_BR: ['Desativar pré-visualização de links', 'Desativar prévias de links', 'Desativar pré-visualizações de links'],
    es: ['Desactivar vistas previas de enlaces'],
    hi: ['लिंक प्रीव्यू बंद करें'],
    id: ['Nonaktifkan pratinjau tautan'],
    de: ['Linkvorschau deaktivieren', 'Linkvorschauen deaktivieren'],
    fr: ['Désactiver les aperçus de liens'],
    ar: ['إيقاف معاينات الروابط'],
  },
  titleSecurityNotifications: {
    en: ['Show security notifications on this computer'],
    pt_BR: ['Mostrar notificações de segurança neste computador'],
    es: ['Mostrar notificaciones de seguridad en esta computadora', 'Mostrar notificaciones de seguridad en este ordenador'],
    hi: ['इस कंप्यूटर पर सुरक्षा नोटिफ़िकेशन दिखाएं'],
    id: ['Tampilkan notifikasi keamanan di komputer ini'],
    de: ['Sicherheitsbenachrichtigungen auf diesem Computer anzeigen'],
    fr: ['Afficher les notifications de sécurité sur cet ordinateur'],
    ar: ['إظهار إشعارات الأمان على هذا الكمبيوتر'],
  },
  // The contact-info row of advanced chat privacy (ai-2026.md §6.3; English from the drawer's title).
  titleAdvancedChatPrivacy: {
    en: ['Advanced chat privacy'],
    pt_BR: ['Privacidade avançada da conversa'],
    es: ['Privacidad avanzada del chat'],
    hi: ['एडवांस्ड चैट प्राइवेसी'],
    id: ['Privasi chat lanjutan'],
    de: ['Erweiterter Chat-Datenschutz'],
    fr: ['Confidentialité avancée des discussions'],
    ar: ['الخصوصية المتقدمة للدردشة'],
  },
  // The button of a phone-number request (ai-2026.md §8.4).
  labelSharePhoneNumber: {
    en: ['Share phone number'],
    pt_BR: ['Compartilhar número de telefone'],
    es: ['Compartir número de teléfono'],
    hi: ['फ़ोन नंबर शेयर करें'],
    id: ['Bagikan nomor telepon'],
    de: ['Telefonnummer teilen'],
    fr: ['Partager le numéro de téléphone'],
    ar: ['مشاركة رقم الهاتف'],
  },
  // The drawer of a person, a business, or a group (where Meta AI's badge and security row show, ai-2026.md §3.2–3.3).
  titleContactInfo: {
    en: ['Contact info', 'Business info', 'Group info'],
    pt_BR: ['Dados do contato', 'Dados da empresa', 'Dados do grupo'],
    es: ['Info. del contacto', 'Info. de empresa', 'Info. del grupo'],
    hi: ['संपर्क की जानकारी', 'बिज़नेस की जानकारी', 'ग्रुप की जानकारी'],
    id: ['Info kontak', 'Info bisnis', 'Info grup'],
    de: ['Kontaktinfo', 'Unternehmensinfo', 'Gruppeninfo'],
    fr: ['Infos du contact', "Infos de l'entreprise", 'Infos du groupe'],
    ar: ['معلومات جهة الاتصال', 'معلومات النشاط التجاري', 'معلومات المجموعة'],
  },
} as const satisfies Record<string, Table>;

export type TextKey = keyof typeof LOCALE_TEXT;

/** Which wordings name each privacy value (option labels and the Privacy list's value line). */
export const VALUE_LABELS: Record<PrivacyValue, readonly TextKey[]> = {
  everyone: ['valueEveryone'],
  contacts: ['valueContacts'],
  'contacts-except': ['valueContactsExcept', 'valueContactsExcluded'],
  nobody: ['valueNobody'],
  'same-as-last-seen': ['valueSameAsLastSeen'],
  'only-share-with': ['valueOnlyShareWith', 'valueContactsSelected'],
  on: [],
  off: ['valueOff'],
  'timer-24h': ['valueTimer24h'],
  'timer-7d': ['valueTimer7d'],
  'timer-90d': ['valueTimer90d'],
};

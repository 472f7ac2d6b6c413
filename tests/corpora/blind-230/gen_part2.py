# Case A (second half): closing notice, wrong-address reply, merge, survey, badges, voucher follow-up.
from gen_lib import *
from gen_part1 import TCN, TC_AD, ME_PAD, ME_CAD, SUBJ_A, G_AUTH

EXO = auth_exo("amazon.com", "amazonses.com")


def refs(*keys):
    return " ".join(T[k]["mid"] for k in keys)


# ---------------- A9 closing notice ----------------
A9_TXT = """Hello Ryo,

We haven't heard back from you on this case. If no reply arrives within 3 days, the case will be closed automatically. A reply to this email, even after closure, opens it again.

AWS Training and Certification Customer Support

""" + outlook(TC_AD, T["A8"]["date"], ME_P, SUBJ_A, T["A8"]["body"], orig=False)
A9 = add("A9", dt("2025-03-18 09:12"), TC_AD, ME_P, SUBJ_A, Leaf(A9_TXT, cte="quoted-printable"),
         ("closing_notice", True, CASE_A, []),
         "Short auto-close warning (no 'please'); the merge question is only in the Outlook-style history.",
         msgid=mid("A9", "ses"), irt=T["A8"]["mid"], refs=refs("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"),
         auth=G_AUTH, tz=UTC, store=dict(body=A9_TXT, name=TCN, addr=TC_FORM, to=ME_P))

# ---------------- A10 owner confirms from the company address (Outlook JP) ----------------
SIG_C = """--
佐々木 遼 / Ryo Sasaki
株式会社くものいとシステムズ クラウド基盤部
Kumonoito Systems Co., Ltd. / Cloud Infrastructure Dept.
TEL 03-5800-1234  r-sasaki@kumonoito-sys.co.jp
"""
A10_TXT = ("Confirmed. Please merge into Account #1.\n\n" + SIG_C + "\n"
           + outlook_ja(TC_AD, T["A9"]["date"], ME_P, SUBJ_A, A9_TXT))
A10_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">Confirmed. Please merge into Account #1.</p>"
            "<p class=\"MsoNormal\">" + esc(SIG_C).replace("\n", "<br>") + "</p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0\">"
            + html_pre(A10_TXT.split(SIG_C)[1]) + "</div></div></body></html>")
A10 = add("A10", dt("2025-03-18 12:47"), ME_CAD, TC_FORM, "RE: " + SUBJ_A,
          alt(A10_TXT, A10_HTML, "A10", tcs="iso-2022-jp", tcte="7bit"),
          ("user_reply", False, CASE_A, []),
          "Owner's one-line confirmation from the company address via Outlook (JP header block, "
          "'RE: RE:[CASE' subject); text part ISO-2022-JP.",
          msgid=mid("A10", "outlook"), irt=A9, refs=refs("A7", "A8", "A9"), hcs="iso-2022-jp",
          extra={"Thread-Topic": SUBJ_A, "Content-Language": "ja-JP", "X-MS-Has-Attach": ""},
          store=dict(body=A10_TXT, name=ME_NAME, addr=ME_C, to=TC_FORM))

# ---------------- A11 write from the other address ----------------
A11_TXT = """Hello Ryo,

Thanks for confirming. One snag: this reply came from r-sasaki@kumonoito-sys.co.jp, and for a merge we can only act on a confirmation sent from the login address of the profile being kept. Please send the same confirmation from ryo.sasaki.dev@gmail.com; replying to the earlier message in that mailbox is fine. See below.

Kenji H.
AWS Training and Certification Customer Support

""" + aws_prev(T["A10"]["date"], ME_C, A10_TXT)
A11 = add("A11", dt("2025-03-18 16:20"), TC_AD, ME_C, SUBJ_A, Leaf(A11_TXT, cte="quoted-printable"),
          ("info_request", True, CASE_A, []),
          "Sent to the company address: asks the owner to re-send the confirmation from the personal address; "
          "'See below' points at old quoted text.",
          msgid=mid("A11", "ses"), irt=A10, refs=refs("A8", "A9", "A10"), auth=EXO, tz=UTC,
          store=dict(body=A11_TXT, name=TCN, addr=TC_FORM, to=ME_C))

# ---------------- A12 owner confirms from the personal address (Gmail, Japanese UI) ----------------
A12_TXT = ("Confirmed - please merge both profiles into Account #1 (AWS11480392, ryo.sasaki.dev@gmail.com).\n"
           "Sorry for the earlier reply from my work address.\n\nRyo\n\n"
           + gmail_ja(T["A9"]["date"], TCN, TC_FORM) + "\n" + q(A9_TXT) + "\n")
A12 = add("A12", dt("2025-03-18 21:05"), ME_PAD, TC_FORM, SUBJ_A,
          alt(A12_TXT, "<div dir=\"ltr\">" + html_pre(A12_TXT) + "</div>", "A12", tcte="base64", hcte="base64"),
          ("user_reply", False, CASE_A, [CID_P]),
          "Owner's two-line confirmation from Gmail with Japanese quote header; base64 parts.",
          msgid=mid("A12", "gmail"), irt=A9, refs=refs("A7", "A8", "A9"),
          store=dict(body=A12_TXT, name=ME_NAME, addr=ME_P, to=TC_FORM))

# ---------------- A13 "Done." ----------------
A13_TXT = ("Done.\n\nAileen\nAWS Training and Certification Customer Support\n\n"
           + "On Tue, Mar 18, 2025 at 12:05 PM UTC, Ryo Sasaki <%s> wrote:\n" % ME_P + q(A12_TXT) + "\n")
A13 = add("A13", dt("2025-03-19 10:31"), TC_AD, ME_P, SUBJ_A, Leaf(A13_TXT, cte="quoted-printable"),
          ("resolved", False, CASE_A, []),
          "Merge completion as the single word 'Done.' over >-nested history full of old confirmation asks.",
          msgid=mid("A13", "ses"), irt=A12, refs=refs("A7", "A8", "A9", "A12"), auth=G_AUTH, tz=UTC,
          store=dict(body=A13_TXT, name=TCN, addr=TC_FORM, to=ME_P))

# ---------------- Credly badges after the merge ----------------
CR_AUTH = auth_gmail("credly.com", "bounces+2231@em.credly.com", dkim_d="credly.com", policy="REJECT")


def credly(key, date, badge, subj, note, to=ME_P, issuer="Amazon Web Services Training and Certification"):
    txt = """Hi Ryo,

%s has issued you a new badge: %s.

Accept your badge to share it on LinkedIn, add it to your email signature, or download the image.

Accept badge: https://www.credly.com/earner/earned/badge/%s

Questions about how you earned this badge? Contact the issuer directly.

Credly, a Pearson company | 5 Penn Plaza, New York, NY
Unsubscribe: https://www.credly.com/earner/settings/notifications
""" % (issuer, badge, hashlib.md5(key.encode()).hexdigest()[:8] + "-4c1e-9a2b-" + hashlib.md5(key.encode()).hexdigest()[8:20])
    html = ("<html><body><table width=\"600\" align=\"center\"><tr><td><img src=\"https://images.credly.com/logo.png\" alt=\"Credly\"></td></tr>"
            "<tr><td>" + html_pre(txt) + "</td></tr></table></body></html>")
    add(key, date, ad("Credly", "admin@credly.com"), to, subj, alt(txt, html, key),
        ("badge", False, None, []), note, msgid=mid(key, "credly.com"), auth=CR_AUTH, tz=UTC,
        extra={"List-Unsubscribe": "<https://www.credly.com/earner/settings/notifications>"})


credly("BD1", dt("2025-03-19 10:52"), "AWS Certified Solutions Architect - Professional",
       "Amazon Web Services Training and Certification sent you a new badge",
       "Credly badge re-issued right after the merge (same day as 'Done.').")
credly("BD2", dt("2025-03-19 10:53"), "AWS Certified SysOps Administrator - Associate",
       "Ryo, claim your AWS Certified SysOps Administrator - Associate badge",
       "Second Credly badge mail a minute later, different subject wording.")

# ---------------- survey for case A ----------------
SV_TXT = """Hello,

Your recent AWS Training and Certification case %s has been marked as resolved. We'd like to hear how it went.

How satisfied were you with the support you received?
Very dissatisfied  1 - 2 - 3 - 4 - 5  Very satisfied
https://survey.aws.training/s/cs?c=%s

The survey takes about two minutes. Replies to this email are not monitored.

AWS Training and Certification
""" % (CASE_A, CASE_A)
SV_HTML = ("<html><body><p>Hello,</p><p>Your recent AWS Training and Certification case %s has been marked as resolved. "
           "We'd like to hear how it went.</p><p><b>How satisfied were you with the support you received?</b></p><p>"
           % CASE_A + " ".join("<a href=\"https://survey.aws.training/s/cs?c=%s&r=%d\">%d</a>" % (CASE_A, i, i)
                               for i in range(1, 6))
           + "</p><p style=\"font-size:11px;color:#777\">The survey takes about two minutes. Replies to this email are not monitored.</p></body></html>")
add("SVA", dt("2025-03-19 15:00"), ad("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
    "How did we do? Case %s" % CASE_A, alt(SV_TXT, SV_HTML, "SVA"), ("survey", False, CASE_A, []),
    "Satisfaction survey for case A; a question, but not one that needs an answer.",
    msgid=mid("SVA", "ses"), auth=auth_gmail("amazon.com", "bounce@survey.amazonses.com"), tz=UTC)

# ---------------- A14 owner: the voucher is missing (long, quoting "Done.") ----------------
A14_TXT = (gmail_on(dt("2025-03-19 10:31"), TCN, TC_FORM) + "\n> Done.\n\n" + """Hi Aileen,

Thank you, the merge looks good: exam history and all three certifications show on my personal profile, and Credly sent the badges to my personal address.

One thing is missing, though. Before the merge, the company profile (AWS02736815) had an unused 50% exam discount voucher under Benefits. I noted it down on 28 February; it was issued after my SAP-C02 exam and was valid until 2025-06-30. On the merged profile the Benefits page now says "You have no benefits available". I was planning to use it for my SAA-C03 recertification exam on 3 April.

Could you check whether it can be restored? I have a screenshot of the old Benefits page if that helps.

Best regards,
Ryo
""")
A14 = add("A14", dt("2025-03-21 22:10"), ME_PAD, TC_FORM, SUBJ_A,
          alt(A14_TXT, "<div dir=\"ltr\">" + html_pre(A14_TXT) + "</div>", "A14"),
          ("user_reply", False, CASE_A, [CID_C]),
          "Owner's long follow-up on the resolved case, quoting only '> Done.'; asks support a question.",
          msgid=mid("A14", "gmail"), irt=A13, refs=refs("A9", "A12", "A13"),
          store=dict(body=A14_TXT, name=ME_NAME, addr=ME_P, to=TC_FORM))

# ---------------- A15 "See below." with inline answers ----------------
body14 = A14_TXT.split("> Done.\n\n", 1)[1]
inl = body14.replace(
    "Credly sent the badges to my personal address.\n",
    "Credly sent the badges to my personal address.\n\n[Sung-min] Glad to hear it.\n").replace(
    "for my SAA-C03 recertification exam on 3 April.\n",
    "for my SAA-C03 recertification exam on 3 April.\n\n[Sung-min] The voucher is still in our records. It was "
    "attached to AWS02736815 and did not follow the merge because it was already tied to a pending exam "
    "registration. Did you apply it when you booked the 3 April exam? If so, I need the Pearson VUE "
    "registration number from your booking confirmation so I can move the voucher and the booking together.\n").replace(
    "if that helps.\n", "if that helps.\n\n[Sung-min] No need for the screenshot.\n")
A15_TXT = ("Hi Ryo,\n\nSee below.\n\nSung-min\nAWS Training and Certification Customer Support\n\n"
           + outlook(ME_PAD, dt("2025-03-21 22:10"), TC_FORM, SUBJ_A, inl))
A15 = add("A15", dt("2025-03-24 11:05"), TC_AD, ME_P, SUBJ_A, Leaf(A15_TXT, cte="quoted-printable"),
          ("info_request", True, CASE_A, [CID_C]),
          "'See below.' with the agent's answers and question written INLINE into the un-prefixed Outlook quote "
          "([Sung-min] markers); the ID in the inline answer counts as new text.",
          msgid=mid("A15", "ses"), irt=A14, refs=refs("A12", "A13", "A14"), auth=G_AUTH, tz=UTC,
          store=dict(body=A15_TXT, name=TCN, addr=TC_FORM, to=ME_P))

# ---------------- A16 owner's short answer (iPhone, Apple Mail JP) ----------------
A16_TXT = ("Yes, I applied it when booking. Pearson VUE registration number: 482019377\n\niPhoneから送信\n\n"
           + apple_ja(T["A15"]["date"], TCN, TC_FORM) + "\n\n" + q(A15_TXT) + "\n")
A16 = add("A16", dt("2025-03-25 08:30"), ME_PAD, TC_FORM, "Re: " + SUBJ_A, Leaf(A16_TXT, cte="8bit"),
          ("user_reply", False, CASE_A, []),
          "Owner's one-liner from iPhone (Apple Mail JP attribution, 8bit, 'Re: RE:'); 9-digit Pearson number.",
          msgid="<8F2B6A1C-31D4-4E0B-9C55-%s@gmail.com>" % hashlib.md5(b"A16").hexdigest()[:12].upper(),
          irt=A15, refs=refs("A13", "A14", "A15"), extra={"X-Mailer": "iPhone Mail (22D72)"},
          store=dict(body=A16_TXT, name=ME_NAME, addr=ME_P, to=TC_FORM))

# ---------------- A17 resolved ----------------
A17_TXT = ("Hi Ryo,\n\nAll set: the voucher and your 3 April booking are now on your personal profile. "
           "If the booking doesn't show under Upcoming exams by tomorrow, reply here.\n\nSung-min\n"
           "AWS Training and Certification Customer Support\n\n" + aws_prev(T["A16"]["date"], ME_P, A16_TXT))
add("A17", dt("2025-03-26 14:12"), TC_AD, ME_P, SUBJ_A, alt(A17_TXT, "<html><body>" + html_pre(A17_TXT) + "</body></html>", "A17"),
    ("resolved", False, CASE_A, []),
    "Voucher restored; conditional 'if it doesn't show, reply'; history includes the earlier inline question.",
    msgid=mid("A17", "ses"), irt=T["A16"]["mid"], refs=refs("A14", "A15", "A16"), auth=G_AUTH, tz=UTC)

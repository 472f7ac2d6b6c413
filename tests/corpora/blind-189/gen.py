#!/usr/bin/env python3
"""Blind corpus blind-189: writes NNN-msg.eml / NNN-msg.json and README.md next to this script."""
import os, json, base64, quopri, hashlib, datetime, html as H
import email.utils
from email.header import Header
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
P = "haruka.mizuno.dev@gmail.com"
C = "h.mizuno@kitsune-sys.co.jp"
ME_P = ("Haruka Mizuno", P)
ME_C = ("水野 遥", C)
FORM = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

C0 = "13129874051"
C1 = "176091976104127"
C2 = "176092068501877"
C3 = "176128893002216"
C4 = "176248140009354"
C5 = "176334140000781"
C6 = "176372320003162"
FAKE1 = "176093318800452"
FAKE2 = "176094410207731"
ID_CO, ID_NEW, ID_OLD = "AWS02291746", "AWS11873520", "AWS00734418"

MSGS = []


def dt(s, tz=0):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return email.utils.format_datetime(d)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def ad(a, cs="utf-8"):
    if isinstance(a, str):
        return a
    return email.utils.formataddr(a, charset=cs)


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable"):
    raw = text.encode(cs)
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw)
    else:
        b = raw
    return {"ct": f'text/{sub}; charset="{cs}"', "cte": cte, "body": b}


def multi(sub, parts, bnd):
    out = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for p in parts:
        out += f"--{bnd}\nContent-Type: {p['ct']}\n".encode()
        if p.get("cte"):
            out += f"Content-Transfer-Encoding: {p['cte']}\n".encode()
        out += b"\n" + p["body"] + (b"" if p["body"].endswith(b"\n") else b"\n")
    out += f"--{bnd}--\n".encode()
    return {"ct": f'multipart/{sub};\n\tboundary="{bnd}"', "cte": None, "body": out}


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + "\n".join(
        "<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>\n"


def auth(dom, ok=True, spf_dom=None, ip="54.240.8.21"):
    spf_dom = spf_dom or dom
    if ok:
        return (f"mx.google.com;\n\tdkim=pass header.i=@{dom} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Qx3k9Lm2;\n"
                f"\tspf=pass (google.com: domain of bounce@{spf_dom} designates {ip} as permitted sender) smtp.mailfrom=bounce@{spf_dom};\n"
                f"\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    return (f"mx.google.com;\n\tdkim=fail header.i=@{dom} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Zz81aQ0p;\n"
            f"\tspf=softfail (google.com: domain of transitioning bounce@{spf_dom} does not designate {ip} as permitted sender) smtp.mailfrom=bounce@{spf_dom};\n"
            f"\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}")


def mid(seed, dom):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if dom == "amazonses.com":
        return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    return f"<{h[:20]}@{dom}>"


def m(kind, reply, case, cands, note, *, frm, to, subj, date, body=None, html=None, cs="utf-8", cte="quoted-printable",
      scs=None, alt=True, irt=None, refs=None, au=None, dom="amazonses.com", crlf=False, cc=None, extra=(), fcs="utf-8",
      sent=False):
    n = len(MSGS) + 1
    msgid = mid(f"{n}{subj}{date}", dom)
    hs = []
    if not sent:
        hs.append(("Delivered-To", to[1] if isinstance(to, tuple) else to))
        hs.append(("Received", f"from mail-relay.{dom if dom != 'amazonses.com' else 'amazonses.com'} ([198.51.100.{n + 10}])\n\tby mx.google.com with ESMTPS id x{n}si{n * 7}; {date}"))
        if au:
            hs.append(("Authentication-Results", au))
    hs += [("Date", date), ("From", ad(frm, fcs)), ("To", ad(to, fcs))]
    if cc:
        hs.append(("Cc", ad(cc, fcs)))
    hs += [("Message-ID", msgid), ("Subject", hdr(subj, scs or ("utf-8" if cs not in ("iso-2022-jp", "shift_jis") else cs)))]
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", refs or irt))
    hs += list(extra)
    if body is not None and html is not None and alt:
        part = multi("alternative", [leaf(body, "plain", cs, cte), leaf(html, "html", "utf-8", "quoted-printable")], f"----=_Part_{n}_{hashlib.md5(subj.encode()).hexdigest()[:10]}")
    elif html is not None:
        part = leaf(html, "html", cs, cte)
    else:
        part = leaf(body, "plain", cs, cte)
    hs += [("MIME-Version", "1.0"), ("Content-Type", part["ct"])]
    if part["cte"]:
        hs.append(("Content-Transfer-Encoding", part["cte"]))
    data = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii") + b"\n" + part["body"]
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=cands, note=note, data=data, subj=subj))
    return msgid


def q(text, pre="> "):
    return "\n".join((pre + l).rstrip() for l in text.strip("\n").split("\n"))


def gq(when, who, text):
    return f"On {when}, {who} wrote:\n{q(text)}\n"


def oq(frm, sent, to, subj, text):
    return f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text.strip()}\n"


TCF = "AWS Training and Certification"
FOOT = ("\n--\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
        "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n")
CONFOOT = ("\n\nTo see all of your support cases and reply through the Support Center, visit:\n"
           "https://support.console.aws.amazon.com/support/home#/case/?displayId={c}&language=en\n\n"
           "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
           "To respond to this case, please use the link above instead of replying to this e-mail.\n\n"
           "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")
AUTH_AWS = auth("amazon.com")
FS = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- 2023
m("certification", False, None, [ID_CO], "CertMetrics exam result; candidate ID in body; not a case",
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=C, subj="Your AWS Certification exam results are available",
  date=dt("2023-05-15 22:14"), dom="certmetrics.com", au=auth("certmetrics.com"),
  body=f"Hello Haruka Mizuno,\n\nThank you for taking the AWS Certified Solutions Architect - Associate (SAA-C03) exam.\nResult: PASS\nScaled score: 812\n\nYour candidate ID: {ID_CO}\n\nYou can view your score report and download your digital certificate by signing in to your AWS Certification Account.\n\nAWS Training and Certification\n")
m("badge", False, None, [], "Credly badge offer (old company address)",
  frm=("Credly", "admin@credly.com"), to=C, subj="Haruka, you've earned a badge from Amazon Web Services Training and Certification",
  date=dt("2023-05-16 03:40"), dom="credly.com", au=auth("credly.com", ip="167.89.20.4"),
  body="Congratulations, Haruka!\n\nAmazon Web Services Training and Certification has issued you a new digital badge: AWS Certified Solutions Architect - Associate.\n\nAccept your badge: https://www.credly.com/badges/6f1d2a40-8e5b-4b7c-9e55-2a3c1f9b7d10\n\nCredly, 13727 Noel Rd, Dallas, TX\n",
  html=to_html("Congratulations, Haruka!\n\nAmazon Web Services Training and Certification has issued you a new digital badge: AWS Certified Solutions Architect - Associate.\n\nAccept your badge"))
m("unrelated", False, None, [ID_CO], "Pearson VUE booking: 9-digit registration number, candidate ID; exam vendor, not support",
  frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=C, subj="Pearson VUE Confirmation of Booking",
  date=dt("2023-06-02 08:01"), dom="pearson.com", au=auth("pearson.com"),
  body=f"Dear Haruka Mizuno,\n\nThank you for scheduling your exam with Pearson VUE.\n\nExam: DVA-C02: AWS Certified Developer - Associate\nRegistration ID: 482116093\nCandidate ID: {ID_CO}\nDate: Saturday, June 17, 2023 10:00 JST\nLocation: Online (OnVUE)\n\nPlease run the system test before your appointment.\n\nPearson VUE\n")
a0 = m("acknowledgement", False, C0, [ID_CO], "2023-style ack, 11-digit case; form details echoed (candidate ID counted as message text)",
  frm=(TCF, FORM), to=C, subj=f"RE:[CASE {C0}] {FS}", date=dt("2023-06-22 01:12"), au=AUTH_AWS,
  body=f"Hello,\n\nThank you for contacting Amazon Web Services. We have opened case {C0} to address your inquiry.\n\nThe details of your case are as follows:\n\nCase ID: {C0}\nInquiry type: Certification\nDetail: Exam Results\nDescription: I took DVA-C02 on June 17 and my result is still not shown after 5 business days. Candidate ID {ID_CO}.\n\nWe normally respond within 24 hours. Please do not open another case for the same question.\n\nSincerely,\nAmazon Web Services" + FOOT)
u0 = m("case_update", False, C0, [], "'Our review is complete' but the result is still with the scoring team: not done",
  frm=(TCF, FORM), to=C, subj=f"RE:[CASE {C0}] {FS}", date=dt("2023-06-23 17:30"), au=AUTH_AWS, irt=a0,
  body=f"Hi Haruka,\n\nOur review is complete. Your exam record is intact and is sitting in the scoring queue; a routine statistical review of some new items must finish before any DVA-C02 result from that week is released. This can take up to 10 business days from the exam date.\n\nThere is nothing you need to do in the meantime. I'll keep the case open and update it as soon as scoring releases the result.\n\nThank you,\nOwen\nAWS Training and Certification" + FOOT)
m("resolved", False, C0, [], "indirect completion: 'results were posted earlier today' plus a 'reach out if' line",
  frm=(TCF, FORM), to=C, subj=f"RE:[CASE {C0}] {FS}", date=dt("2023-06-29 06:05"), au=AUTH_AWS, irt=u0, refs=f"{a0} {u0}",
  body="Hi Haruka,\n\nJust a short note: the result for your June 17 exam was posted to your certification account earlier today, and the result e-mail goes out separately from CertMetrics.\n\nShould anything look off, feel free to reach out.\n\nOwen\nAWS Training and Certification" + FOOT)
m("certification", False, None, [ID_CO], "certification congratulations, not case mail",
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=C, subj="Congratulations! You are now AWS Certified", date=dt("2023-06-29 09:12"),
  dom="certmetrics.com", au=auth("certmetrics.com"), html=to_html(f"Dear Haruka Mizuno,\n\nCongratulations on earning AWS Certified Developer - Associate.\nValidation number: 8QZ1LK4C2E1Q1MWX\nCandidate ID: {ID_CO}\n\nYour digital badge will arrive from Credly within a few days."))
m("survey", False, C0, [], "form-case survey after resolution",
  frm=("AWS Customer Service", "aws-cs-survey@amazon.com"), to=C, subj=f"How did we do? Case {C0}", date=dt("2023-07-03 12:00"), au=AUTH_AWS,
  body=f"Hello,\n\nYou recently contacted AWS Training and Certification (case ID: {C0}). Would you take two minutes to rate the help you received?\n\nhttps://survey.aws.amazon.com/s/tc?case={C0}\n\nThank you.\n")

# ---------------------------------------------------------------- 2025 before case
m("unrelated", False, None, [], "AWS billing from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID",
  frm=("Amazon Web Services", CON), to=P, subj="Amazon Web Services Billing Statement Available [Account: 481259306617]",
  date=dt("2025-09-02 19:22"), au=AUTH_AWS, body="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account ending in 6617, is available on the AWS web site. Your account will be charged USD 3.41.\n\nhttps://console.aws.amazon.com/billing/home#/bills\n\nSincerely,\nAmazon Web Services\n")
m("certification", False, None, [], "recertification reminder",
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=C, subj="Keep your AWS Certification current",
  date=dt("2025-09-10 15:00"), dom="certmetrics.com", au=auth("certmetrics.com"),
  body="Hello Haruka,\n\nYour AWS Certified Solutions Architect - Associate expires on May 15, 2026. Recertify by passing the current version of the exam or a higher-level exam. Remember your 50% discount benefit for your next exam.\n\nAWS Certification\n")
m("unrelated", False, None, [], "GitHub 'Merged' notification (word 'merged')",
  frm=("Kenji Oda", "notifications@github.com"), to=C, subj="Re: [kitsune-sys/infra-terraform] Bump aws provider to 6.12 (PR #212)",
  date=dt("2025-09-18 04:31"), dom="github.com", au=auth("github.com", ip="192.30.252.205"),
  body="Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitsune-sys/infra-terraform/pull/212#event-1983327711\nYou are receiving this because you were mentioned.\n")
m("unrelated", False, None, [], "AWS Skill Builder receipt from aws.training",
  frm=("AWS Skill Builder", "no-reply@aws.training"), to=P, subj="Your AWS Skill Builder subscription receipt",
  date=dt("2025-10-01 00:05"), dom="aws.training", au=auth("aws.training"),
  html=to_html("Thanks for your purchase.\n\nIndividual subscription (monthly): USD 29.00\nOrder: SB-8831-20251001\n\nManage your subscription at skillbuilder.aws."))
m("certification", False, None, [ID_CO], "recertified notice",
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=C, subj="Congratulations on recertifying your AWS Certification!",
  date=dt("2025-10-06 08:44"), dom="certmetrics.com", au=auth("certmetrics.com"),
  body=f"Hello Haruka Mizuno ({ID_CO}),\n\nYou have successfully recertified AWS Certified Solutions Architect - Associate. Your new expiration date is October 4, 2028.\n\nAWS Certification\n")
m("badge", False, None, [], "Credly recertification badge",
  frm=("Credly", "admin@credly.com"), to=C, subj="Your badge from Amazon Web Services Training and Certification has been renewed",
  date=dt("2025-10-06 10:02"), dom="credly.com", au=auth("credly.com", ip="167.89.20.4"),
  html=to_html("Hi Haruka,\n\nYour AWS Certified Solutions Architect - Associate badge was renewed by Amazon Web Services Training and Certification. The new expiry date is shown on your badge page.\n\nView badge: https://www.credly.com/badges/0a8c3f11-5d21-4e2e-b0c4-7d7a61f0e3b2"))
m("unrelated", False, None, [], "colleague's farewell party mail, ISO-2022-JP",
  frm=("小田 健二", "k.oda@kitsune-sys.co.jp"), to=C, subj="送別会のお知らせ（10/30）", cs="iso-2022-jp", cte="7bit", fcs="iso-2022-jp",
  date=dt("2025-10-14 18:20", 9), dom="kitsune-sys.co.jp", au=auth("kitsune-sys.co.jp", ip="203.0.113.9"),
  body="水野さん\n\nお疲れさまです。小田です。\n10/30（木）19時から、水野さんの送別会を新橋で行います。\n出欠を10/24までに返信してもらえると助かります。\n\n小田\n")
m("unrelated", False, None, [], "Builder ID one-time code (6 digits)",
  frm=("AWS", "no-reply@signin.aws"), to=P, subj="Verify your AWS Builder ID email address", date=dt("2025-10-20 00:05"),
  dom="signin.aws", au=auth("signin.aws"), html=to_html("Hello,\n\nYour verification code is: 604217\n\nThis code expires in 10 minutes. If you did not request it, ignore this e-mail."))

# ---------------------------------------------------------------- C1 merge / C2 duplicate
A1 = m("acknowledgement", False, C1, [], "ack of merge case; echoes form text mentioning 'merge' and 'confirm'",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-20 00:23"), au=AUTH_AWS,
  body=f"Hello,\n\nThank you for contacting Amazon Web Services. We have opened case {C1} to address your inquiry.\n\nThe details of your case are as follows:\n\nCase ID: {C1}\nSubject: account-assistance / Account Merge\nDescription: I am leaving Kitsune Systems at the end of October. Please merge my certification account ({C}) into my personal account ({P}). Keep {P}.\n\nWe usually answer within 24 hours. If you have already opened a case about this, please do not open another one.\n\nSincerely,\nAmazon Web Services" + FOOT,
  html=to_html(f"Hello,\n\nThank you for contacting Amazon Web Services. We have opened case {C1} to address your inquiry.\n\nCase ID: {C1}\nSubject: account-assistance / Account Merge\n\nWe usually answer within 24 hours. If you have already opened a case about this, please do not open another one."))
body = (f"お問い合わせいただきありがとうございます。ケース {C2} を作成いたしました。\n\nケースの詳細は以下の通りです。\n\nケース ID: {C2}\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n\n通常24時間以内にご連絡いたします。同じ内容のケースをすでにお持ちの場合は、新たにケースを作成されないようお願いいたします。\n\nAmazon Web Services")
A2 = m("acknowledgement", False, C2, [], "Japanese ack of a duplicate form sent from the company address (base64)",
  frm=("Amazon Web Services", FORM), to=C, subj=f"RE:[CASE {C2}] [AWS Training and Certification Form Submission] - account-assistance",
  date=dt("2025-10-20 00:38"), au=AUTH_AWS, cte="base64", body=body)
U2 = m("user_reply", False, C2, [], "owner asks support to close her own duplicate",
  frm=ME_C, to=FORM, subj=f"RE: [CASE {C2}] [AWS Training and Certification Form Submission] - account-assistance",
  date=dt("2025-10-20 10:02", 9), dom="kitsune-sys.co.jp", irt=A2, sent=True,
  extra=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=f"Hello,\n\nI submitted the form twice by mistake. Please close this case; my request is already in case {C1}.\n\nBest regards,\nHaruka Mizuno\n\n" + oq("Amazon Web Services <" + FORM + ">", "Monday, October 20, 2025 9:38 AM", C, f"RE:[CASE {C2}] ...", body))
m("unrelated", False, None, [], "AWS marketing mail",
  frm=("AWS Events", "aws-marketing-email-replies@amazon.com"), to=P, subj="Last chance: register for AWS re:Invent 2025",
  date=dt("2025-10-20 16:00"), au=AUTH_AWS, html=to_html("Hi Haruka,\n\nSeats are filling up for AWS re:Invent 2025 in Las Vegas, December 1-5. Certified attendees get access to the Certification Lounge.\n\nRegister now.\n\nUnsubscribe"))
m("case_update", False, C2, [], "duplicate 'closed on our side': closed, but the request continues elsewhere; not resolved, not a closing notice",
  frm=("Amazon Web Services", FORM), to=C, subj=f"RE:[CASE {C2}] [AWS Training and Certification Form Submission] - account-assistance",
  date=dt("2025-10-21 08:10"), au=AUTH_AWS, irt=U2, refs=f"{A2} {U2}",
  body=f"Hello Haruka,\n\nNo problem at all. This case is now closed on our side as a duplicate; your merge request stays with case {C1}, where a colleague is already working on it.\n\nKind regards,\nSofia\nAWS Training and Certification" + FOOT)
R1 = m("info_request", True, C1, [], "request buried after explanation, phrased 'we'll need', no please",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-21 11:45"), au=AUTH_AWS, irt=A1,
  body=f"Hello Haruka,\n\nThanks for reaching out about combining your certification profiles. I searched our system using both addresses you listed. The personal address brings up a profile created yesterday; the company address matches more than one record, which happens when a profile was created through a partner sign-in at some point.\n\nTo be certain we merge the right records, we'll need the candidate ID of each profile (AWS followed by 8 digits, top right after you sign in).\n\nBest regards,\nDaniel\nAWS Training and Certification" + FOOT)
U1a = m("user_reply", False, C1, [ID_CO, ID_NEW], "owner's reply with candidate IDs",
  frm=ME_P, to=FORM, subj=f"Re: RE:[CASE {C1}] {FS}", date=dt("2025-10-21 21:30", 9), dom="mail.gmail.com", irt=R1, refs=f"{A1} {R1}", sent=True,
  body=f"Hello Daniel,\n\nThe company profile is {ID_CO} and the new personal one is {ID_NEW}.\n\nThank you,\nHaruka\n\n" + gq("Tue, Oct 21, 2025 at 8:45 PM", f"Amazon Web Services <{FORM}>", "Hello Haruka,\n\nThanks for reaching out about combining your certification profiles...\nwe'll need the candidate ID of each profile"))
m("suspicious", False, None, [], "lookalike domain, fake case subject, credential link",
  frm=("AWS Training and Certification", "support@aws-certification-case.com"), to=P, subj=f"RE:[CASE {FAKE1}] Action required to complete your account merge",
  date=dt("2025-10-21 18:02"), dom="aws-certification-case.com", au=auth("aws-certification-case.com", ip="185.234.72.19"),
  html=to_html(f"Dear Customer,\n\nYour account merge (case {FAKE1}) is on hold because we could not verify your identity.\n\nPlease sign in with your AWS Builder ID password within 24 hours to avoid losing your certifications:\nhttps://aws-certification-case.com/verify\n\nAWS Training and Certification"))
H1 = m("on_hold", True, C1, [ID_CO], "partner hold with a question buried in the middle (last working day)",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-22 01:15"), au=AUTH_AWS, irt=U1a, refs=f"{A1} {R1} {U1a}",
  body=f"Hello Haruka,\n\nThank you for the IDs. Profile {ID_CO} is associated with an AWS Partner Network organization (Kitsune Systems K.K.). While that association is active we are not able to move its certifications, because they count toward the partner's standing; the partner's administrator has to release it, and I have contacted them through Partner Central.\n\nAre you leaving Kitsune Systems, and if so, what is your last working day? That lets the partner team treat this as a departure.\n\nI'll keep the case on hold until the partner side responds.\n\nRegards,\nDaniel\nAWS Training and Certification" + FOOT)
U1b = m("user_reply", False, C1, [], "owner answers the buried question",
  frm=ME_P, to=FORM, subj=f"Re: RE:[CASE {C1}] {FS}", date=dt("2025-10-22 12:00", 9), dom="mail.gmail.com", irt=H1, sent=True,
  body=f"Hi Daniel,\n\nYes, I am leaving. My last working day is October 31, and the company mailbox will be closed after that.\n\nHaruka\n\n" + gq("Wed, Oct 22, 2025 at 10:15 AM", "Amazon Web Services", "Are you leaving Kitsune Systems, and if so, what is your last working day?"))
m("unrelated", False, None, [], "another vendor's Zendesk 'request solved'",
  frm=("Figma Support", "support@figma.com"), to=P, subj="[Figma Support] Re: Invoice address change (#884213)", date=dt("2025-10-22 19:00"),
  dom="figma.com", au=auth("figma.com", ip="192.161.151.30"),
  html=to_html("Hi Haruka,\n\nWe have updated the billing address on your invoices. Your request (#884213) has been solved. If you reply within 7 days the request will reopen.\n\nBest,\nMarco\nFigma Support"))
m("unrelated", False, None, [], "company IT notice (Shift_JIS) about mailbox closure",
  frm=("情報システム部", "it-helpdesk@kitsune-sys.co.jp"), to=C, subj="【情報システム部】退職に伴うアカウント停止のお知らせ", cs="shift_jis", cte="base64", fcs="iso-2022-jp",
  date=dt("2025-10-23 09:00", 9), dom="kitsune-sys.co.jp", au=auth("kitsune-sys.co.jp", ip="203.0.113.9"),
  body="水野 遥 様\n\n10月31日（金）18時をもって、社内メールおよび各種アカウントを停止いたします。\n必要なデータは事前にバックアップしてください。\n\n情報システム部\n")
m("case_update", False, C1, [], "hold lifted + 'our review is complete' + 'submitted': sounds final, merge not done",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-24 05:10"), au=AUTH_AWS, irt=U1b,
  body=f"Hi Haruka,\n\nGood news: the partner administrator released the association, so the hold is lifted. Our review is complete and I have submitted your request to Certification Operations, who carry out merges. Before anything is changed they will write to you on this case to confirm the two accounts.\n\nThanks for your patience,\nDaniel\nAWS Training and Certification" + FOOT)
A3 = m("acknowledgement", False, C3, [], "Japanese ack (ISO-2022-JP) for a certificate-name correction case",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - certification", cs="iso-2022-jp", cte="7bit",
  date=dt("2025-10-24 06:56"), au=AUTH_AWS,
  body=f"お問い合わせいただき、ありがとうございます。\nケース {C3} を受け付けました。\n\nケースの詳細:\nケース ID: {C3}\n内容: 認定証の氏名表記の修正（Mizuna → Mizuno）\n\n担当者より通常24時間以内にご連絡いたします。\n\nAmazon Web Services")
m("unrelated", False, None, [], "Japanese community event newsletter",
  frm=("connpass", "no-reply@connpass.com"), to=P, subj="【connpass】JAWS-UG 東京 11月の勉強会のお知らせ", date=dt("2025-10-25 03:00"),
  dom="connpass.com", au=auth("connpass.com", ip="52.69.1.2"), cte="base64",
  body="JAWS-UG 東京の新しいイベントが公開されました。\n\nテーマ: AWS認定の取り方・活かし方\n日時: 2025/11/15 (土) 14:00〜\n\n参加登録はこちら\n")
conf_html = f"""<html><body style="font-family:Arial">
<p>Hello Haruka,</p>
<p>Certification Operations here. These are the two accounts we found for you:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{ID_NEW}</td><td>{ID_CO}</td></tr>
<tr><td>Login email</td><td>{P}</td><td>{C}</td></tr>
<tr><td>Training notification email</td><td>{P}</td><td>{C}</td></tr>
<tr><td>Certification notification email</td><td>{P}</td><td>{C}</td></tr>
</table>
<p>Kindly reply to confirm both accounts are yours and that Account #1 should be the one we keep. Once merged, this cannot be undone.</p>
<p>Best regards,<br>Ayesha<br>AWS Certification Operations</p>
<hr>
<p style="color:#666">From: Amazon Web Services &lt;{FORM}&gt;<br>Sent: Friday, October 24, 2025 5:10 AM<br>Subject: RE:[CASE {C1}]</p>
<blockquote>Good news: the partner administrator released the association, so the hold is lifted. Our review is complete ...</blockquote>
</body></html>
"""
CR1 = m("confirmation_request", True, C1, [ID_NEW, ID_CO], "HTML-only table Account #1/#2, 'Kindly reply', quoted history below",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-27 01:00"), au=AUTH_AWS, irt=U1b, html=conf_html, crlf=True)
R3 = m("info_request", True, C3, [], "Japanese keigo request (いただけますでしょうか) after explanation",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - certification",
  date=dt("2025-10-27 02:20"), au=AUTH_AWS, irt=A3, cte="base64",
  body="水野 遥 様\n\nAWS トレーニングと認定の佐藤でございます。\n認定証の氏名は、試験当日にご提示いただいた身分証明書の表記と一致している必要がございます。\n\nつきましては、身分証明書に記載されているローマ字表記の氏名（姓・名の順序を含む）を、本メールへのご返信にてお知らせいただけますでしょうか。\n\n何卒よろしくお願いいたします。\n\n佐藤\nAWS トレーニングと認定")
m("suspicious", False, None, [], "real T&C From address but dkim/dmarc fail; fake case number, password link",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {FAKE2}] {FS}", date=dt("2025-10-27 13:41"),
  au=auth("amazon.com", ok=False, spf_dom="mailer-srv7.top", ip="91.92.240.17"),
  body=f"Hello,\n\nWe are ready to merge your certification accounts. To confirm, sign in here with your Builder ID email and password:\nhttp://aws-training-merge.support-login.top/confirm?case={FAKE2}\n\nIf we do not hear from you within 48 hours the request will be cancelled.\n\nAmazon Web Services")
m("user_reply", False, C3, [], "owner's Japanese reply (ISO-2022-JP)",
  frm=("水野 遥", P), to=FORM, subj=f"Re: RE:[CASE {C3}] [AWS Training and Certification Form Submission] - certification", cs="iso-2022-jp", cte="7bit", fcs="iso-2022-jp",
  date=dt("2025-10-28 08:15", 9), dom="mail.gmail.com", irt=R3, refs=f"{A3} {R3}", sent=True,
  body="佐藤様\n\nご連絡ありがとうございます。\nパスポートの表記は MIZUNO HARUKA（姓: MIZUNO、名: HARUKA）です。\n認定証では Haruka Mizuno の順で問題ありません。\n\nよろしくお願いいたします。\n水野\n\n2025年10月27日(月) 11:20 Amazon Web Services <" + FORM + ">:\n> 身分証明書に記載されているローマ字表記の氏名（姓・名の順序を含む）を、\n> 本メールへのご返信にてお知らせいただけますでしょうか。")
m("closing_notice", True, C1, [], "reminder: case will close without an answer",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-29 07:00"), au=AUTH_AWS, irt=CR1,
  body=f"Hello Haruka,\n\nWe haven't received your confirmation for the merge described below. If there is no response within 3 business days, this case will be closed automatically. A reply to this e-mail keeps it open.\n\nAyesha\nAWS Certification Operations" + FOOT)
U1c = m("user_reply", False, C1, [], "owner confirms, but from the company address",
  frm=ME_C, to=FORM, subj=f"RE: [CASE {C1}] {FS}", date=dt("2025-10-29 17:40", 9), dom="kitsune-sys.co.jp", irt=CR1, sent=True,
  extra=[("X-Mailer", "Microsoft Outlook 16.0")],
  body="Confirmed. Please merge to Account #1. Sorry for the late reply.\n\nHaruka Mizuno\n\n" + oq(f"Amazon Web Services <{FORM}>", "Monday, October 27, 2025 10:00 AM", P, f"RE:[CASE {C1}]", "Kindly reply to confirm both accounts are yours and that Account #1 should be the one we keep."))
R1b = m("info_request", True, C1, [], "wrong-address reply: must resend from the personal address",
  frm=("Amazon Web Services", FORM), to=[P, C] and P, cc=C, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-30 00:30"), au=AUTH_AWS, irt=U1c,
  body=f"Hello Haruka,\n\nYour confirmation arrived from {C}, which belongs to the account that will be merged away. For security we can only act on a confirmation sent from the address of the account being kept.\n\nCould you send the same confirmation from {P}?\n\nAyesha\nAWS Certification Operations" + FOOT)
U1d = m("user_reply", False, C1, [], "owner's confirmation from gmail, short",
  frm=ME_P, to=FORM, subj=f"Re: RE:[CASE {C1}] {FS}", date=dt("2025-10-30 09:50", 9), dom="mail.gmail.com", irt=R1b, sent=True,
  body="Confirmed. Please merge into Account #1 (haruka.mizuno.dev@gmail.com).\n\nHaruka\n")
m("case_update", False, C1, [], "'processed' sounds final, merge only queued",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-10-30 03:05"), au=AUTH_AWS, irt=U1d,
  body="Hi Haruka,\n\nThanks, your confirmation has been processed. The merge itself is done by a batch job that runs overnight (Pacific time); I'll write again here once it has finished.\n\nAyesha\nAWS Certification Operations" + FOOT,
  html=to_html("Hi Haruka,\n\nThanks, your confirmation has been processed. The merge itself is done by a batch job that runs overnight (Pacific time); I'll write again here once it has finished.\n\nAyesha\nAWS Certification Operations"))
m("case_update", False, C3, [], "Japanese '確認が完了いたしました' but correction only requested from another team",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - certification",
  date=dt("2025-10-30 05:40"), au=AUTH_AWS, cs="iso-2022-jp", cte="7bit",
  body="水野 遥 様\n\nご返信ありがとうございます。身分証明書の表記との照合が完了いたしました。\n認定証の氏名修正につきましては、担当部署へ依頼済みでございます。修正が完了しましたら、改めて本ケースにてご連絡いたします。\n\n佐藤\nAWS トレーニングと認定")
m("unrelated", False, None, [], "colleague reply",
  frm=("Kenta Ishii", "k.ishii@kitsune-sys.co.jp"), to=C, subj="Re: 退職のご挨拶", date=dt("2025-10-31 10:12", 9),
  dom="kitsune-sys.co.jp", au=auth("kitsune-sys.co.jp", ip="203.0.113.9"),
  body="水野さん\n\nお疲れさまでした！AWS認定のアカウント移行、終わったら手順教えてください。\n\n石井\n")
m("unrelated", False, None, [], "out-of-office auto reply",
  frm=("Yuki Tanaka", "y.tanaka@kitsune-sys.co.jp"), to=C, subj="自動応答: 退職のご挨拶", date=dt("2025-10-31 10:30", 9),
  dom="kitsune-sys.co.jp", au=auth("kitsune-sys.co.jp", ip="203.0.113.9"), extra=[("Auto-Submitted", "auto-replied")],
  body="11月4日まで休暇をいただいております。返信が遅れますことをご了承ください。\nI am out of office until November 4.\n")
RES1 = m("resolved", False, C1, [], "non-native, modest completion; badges re-issued later; quotes the old confirmation request",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-11-03 02:15"), au=AUTH_AWS, irt=U1d,
  body=f"Hello Haruka-san,\n\nI am happy to tell that the two profile are now one, under {P}. When you sign in, exam history and certifications should be all there. Credly badges will be issue again to the new e-mail in next few days, you don't need to do something for this.\n\nIf something look not right, you can reply this email.\n\nBest regards,\nAyesha\nAWS Certification Operations\n\n" + oq(f"Amazon Web Services <{FORM}>", "Monday, October 27, 2025", P, f"RE:[CASE {C1}]", "Account #1 ... Account #2 ...\nKindly reply to confirm both accounts are yours and that Account #1 should be the one we keep.") + FOOT)
for d, b, u in (("2025-11-03 09:00", "AWS Certified Solutions Architect - Associate", "9b2e"), ("2025-11-03 09:01", "AWS Certified Developer - Associate", "c41f")):
    m("badge", False, None, [], "Credly badge re-issued after merge (follows resolution)",
      frm=("Credly", "admin@credly.com"), to=P, subj=f"Haruka, you've earned a badge from Amazon Web Services Training and Certification",
      date=dt(d), dom="credly.com", au=auth("credly.com", ip="167.89.20.4"),
      html=to_html(f"Congratulations, Haruka!\n\nAmazon Web Services Training and Certification has issued you: {b}.\n\nAccept your badge: https://www.credly.com/badges/{u}1e77-2b0d-4c2a-8d1f-77aa0c9e{u}00"))
m("survey", False, C1, [], "survey after merge; 'reply' word appears",
  frm=("AWS Customer Service", "aws-cs-survey@amazon.com"), to=P, subj=f"Tell us about your experience with case {C1}", date=dt("2025-11-04 01:00"), au=AUTH_AWS,
  html=to_html(f"Hello Haruka,\n\nYour recent case {C1} with AWS Training and Certification was marked resolved. How satisfied were you? Click a rating below; no need to reply to this e-mail.\n\n1 2 3 4 5"))
m("user_reply", False, C1, [], "owner forwards the resolution to a former colleague",
  frm=ME_P, to=("Kenta Ishii", "kenta.ishii.1989@gmail.com"), subj=f"Fwd: RE:[CASE {C1}] {FS}", date=dt("2025-11-04 20:10", 9),
  dom="mail.gmail.com", sent=True,
  body=f"石井さん\n\n例の件、これで完了しました。APN連携があると一度保留になるので早めに出すのがおすすめです。\n\n---------- Forwarded message ---------\nFrom: Amazon Web Services <{FORM}>\nDate: Mon, Nov 3, 2025 at 11:15 AM\nSubject: RE:[CASE {C1}] {FS}\n\nHello Haruka-san,\n\nI am happy to tell that the two profile are now one, under {P}. ...\n")
m("certification", False, None, [ID_NEW], "'wants to hear from you' is a program feedback mail, not a case survey",
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=P, subj="AWS Certification wants to hear from you", date=dt("2025-11-05 03:00"),
  dom="certmetrics.com", au=auth("certmetrics.com"),
  body=f"Hello Haruka ({ID_NEW}),\n\nAs an AWS Certified individual you are invited to join the AWS Certification Subject Matter Expert program and help write future exam items.\n\nLearn more on your Benefits page.\n\nAWS Certification\n")
m("resolved", False, C3, [], "Japanese modest completion, badge update follows separately; 'ご確認いただけますと幸いです' is not a request to reply",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - certification",
  date=dt("2025-11-05 04:30"), au=AUTH_AWS, cte="base64",
  body="水野 遥 様\n\n大変お待たせいたしました。\n認定証の氏名を「Haruka Mizuno」に修正いたしました。認定アカウントの「認定」ページより、再度ダウンロードしていただけます。お手数ですがご確認いただけますと幸いです。\n\nなお、Credly のデジタルバッジは別途再発行となり、反映まで数日かかる場合がございます。\n\nその他ご不明な点がございましたら、お気軽にお問い合わせください。\n\n佐藤\nAWS トレーニングと認定")
m("badge", False, None, [], "Credly badge replaced (name change)",
  frm=("Credly", "admin@credly.com"), to=P, subj="Your badge has been updated by Amazon Web Services Training and Certification",
  date=dt("2025-11-06 11:00"), dom="credly.com", au=auth("credly.com", ip="167.89.20.4"),
  body="Hi Haruka,\n\nAmazon Web Services Training and Certification replaced your badge AWS Certified Solutions Architect - Associate with an updated version. The earner name now reads Haruka Mizuno.\n\nCredly\n")
m("suspicious", False, None, [], "Credly lookalike, revocation scare",
  frm=("Credly", "admin@credly-badge-center.com"), to=P, subj="Urgent: your AWS badges will be revoked", date=dt("2025-11-06 14:20"),
  dom="credly-badge-center.com", au=auth("credly-badge-center.com", ip="45.137.21.8"),
  html=to_html("Hi Haruka,\n\nBecause your AWS certification account was merged, your badges will be revoked in 24 hours unless you re-verify your account.\n\nVerify now: https://credly-badge-center.com/login\n\nCredly Team"))

# ---------------------------------------------------------------- C4 console (benefit)
A4 = m("acknowledgement", False, C4, [], "console case ack (no-reply-aws), cannot be answered by e-mail",
  frm=("Amazon Web Services", CON), to=P, subj=f"Amazon Web Services: New Support case: {C4}", date=dt("2025-11-07 02:11"), au=AUTH_AWS,
  body=f"Dear Customer,\n\nWe have received your case {C4} regarding: Certification benefit missing after account merge. An associate will respond shortly.\n\nCase ID: {C4}" + CONFOOT.format(c=C4))
m("info_request", True, C4, [], "console request: answer in Support Center, not by e-mail",
  frm=("Amazon Web Services", CON), to=P, subj=f"RE:[CASE {C4}] Certification benefit missing after account merge", date=dt("2025-11-08 06:40"), au=AUTH_AWS,
  body=f"Hello,\n\nThank you for contacting AWS. Benefits are stored per profile and are not always carried over automatically in a merge.\n\nWhat was the candidate ID of the profile that held the 50% discount, and do you still have the voucher code? Please add this as a reply in the Support Center.\n\nBest regards,\nLin W.\nAmazon Web Services" + CONFOOT.format(c=C4))
m("unrelated", False, None, [ID_NEW], "Pearson VUE booking for next exam",
  frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=P, subj="Pearson VUE Confirmation of Booking", date=dt("2025-11-09 08:00"),
  dom="pearson.com", au=auth("pearson.com"),
  body=f"Dear Haruka Mizuno,\n\nExam: SAP-C02: AWS Certified Solutions Architect - Professional\nRegistration ID: 517730248\nCandidate ID: {ID_NEW}\nDate: Friday, November 21, 2025 19:00 JST (OnVUE)\n\nPearson VUE\n")
U1e = m("user_reply", False, C1, [ID_OLD], "owner reopens the merge case: an older exam is missing",
  frm=ME_P, to=FORM, subj=f"Re: RE:[CASE {C1}] {FS}", date=dt("2025-11-10 22:00", 9), dom="mail.gmail.com", irt=RES1, sent=True,
  body=f"Hello Ayesha,\n\nThank you. One thing is missing: my Cloud Practitioner exam from 2019. I took it with my university address; I think the old candidate ID was {ID_OLD}. Could it be added as well?\n\nHaruka\n\n" + gq("Mon, Nov 3, 2025 at 11:15 AM", "Amazon Web Services", "I am happy to tell that the two profile are now one..."))
m("closing_notice", True, C4, [], "console auto-resolve warning",
  frm=("Amazon Web Services", CON), to=P, subj=f"RE:[CASE {C4}] Certification benefit missing after account merge", date=dt("2025-11-11 06:45"), au=AUTH_AWS,
  body=f"Hello,\n\nWe are still waiting for the details requested earlier on this case. If we don't hear from you, the case will be resolved automatically in 3 days. Replying in the Support Center will keep it open.\n\nAmazon Web Services" + CONFOOT.format(c=C4))
m("case_update", False, C1, [ID_OLD], "case reopened and escalated; nothing asked",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-11-11 07:20"), au=AUTH_AWS, irt=U1e,
  body=f"Hi Haruka,\n\nI've reopened your case. Records from before 2020, like the one under {ID_OLD}, live in a legacy system, so I've escalated this to our records team. I'll let you know what they find.\n\nAyesha\nAWS Certification Operations" + FOOT)
m("case_update", False, C4, [], "console: 'our part is complete'/'submitted' to benefits team; not done",
  frm=("Amazon Web Services", CON), to=P, subj=f"RE:[CASE {C4}] Certification benefit missing after account merge", date=dt("2025-11-12 03:00"), au=AUTH_AWS,
  body=f"Hello,\n\nThanks for the details. Our part of the review is complete, and I have submitted the transfer of the 50% discount to the Certification Benefits team. This case stays open until they confirm; no action is needed from you.\n\nLin W.\nAmazon Web Services" + CONFOOT.format(c=C4))
m("unrelated", False, None, [], "AWS Budgets alert",
  frm=("AWS Budgets", "budgets@costalerts.amazonaws.com"), to=P, subj="AWS Budgets: monthly-cap has exceeded your alert threshold", date=dt("2025-11-12 09:00"),
  dom="amazonaws.com", au=auth("costalerts.amazonaws.com"),
  body="AWS Budget Notification November 12, 2025\nAWS Account 481259306617\n\nBudget Name: monthly-cap\nBudgeted Amount: $5.00\nAlert Threshold: > $4.00\nACTUAL Amount: $4.12\n")
m("resolved", False, C1, [ID_OLD, ID_NEW], "hedged completion 'I believe it should now show'",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C1}] {FS}", date=dt("2025-11-13 04:00"), au=AUTH_AWS,
  body=f"Hi Haruka,\n\nThe records team found it. I believe the 2019 Cloud Practitioner result from {ID_OLD} should now show in the exam history of {ID_NEW}. As that certification expired in 2022 it will appear as expired, and no badge is issued for it.\n\nAyesha\nAWS Certification Operations" + FOOT)
m("resolved", False, C4, [], "console completion with 'may take up to 24 hours' and feedback footer",
  frm=("Amazon Web Services", CON), to=P, subj=f"RE:[CASE {C4}] Certification benefit missing after account merge", date=dt("2025-11-14 05:30"), au=AUTH_AWS,
  body=f"Hello,\n\nThe Benefits team has moved the 50% exam discount to your current profile; it is listed under Benefits now. It can take up to 24 hours before the discount is offered at checkout.\n\nWe value your feedback. Please share your experience by rating this correspondence using the link below.\n\nLin W.\nAmazon Web Services" + CONFOOT.format(c=C4))
m("survey", False, C4, [], "console case survey",
  frm=("Amazon Web Services", CON), to=P, subj=f"How was your experience with AWS Support? Case {C4}", date=dt("2025-11-15 05:30"), au=AUTH_AWS,
  html=to_html(f"Your case {C4} has been resolved.\n\nPlease take a moment to rate the support you received. Your feedback helps us improve."))
m("unrelated", False, None, [], "newsletter mentioning merges and closed cases",
  frm=("Last Week in AWS", "newsletter@lastweekinaws.com"), to=P, subj="Last Week in AWS: Issue #441", date=dt("2025-11-16 13:00"),
  dom="lastweekinaws.com", au=auth("lastweekinaws.com", ip="198.2.180.1"),
  html=to_html("Good morning!\n\nThis week: a service got merged into another service, a support case got closed without anyone reading it, and certification vouchers are on sale again.\n\nUnsubscribe"))

# ---------------------------------------------------------------- C5 notification email change
A5 = m("acknowledgement", False, C5, [], "HTML-only ack variant",
  frm=("AWS Training and Certification", FORM), to=P, subj=f"RE:[CASE {C5}] {FS}", date=dt("2025-11-17 01:04"), au=AUTH_AWS,
  html=f"<html><body><table width=\"600\"><tr><td><h3>We received your request</h3><p>Case ID: <b>{C5}</b></p><p>Topic: Update notification e-mail addresses</p><p>An agent will normally reply within 24 hours. Please keep this case number for reference and avoid submitting the form again.</p></td></tr></table></body></html>\n")
m("unrelated", False, None, [], "Builder ID profile notice from signin.aws",
  frm=("AWS", "no-reply@signin.aws"), to=P, subj="Your AWS Builder ID profile was updated", date=dt("2025-11-17 02:00"), dom="signin.aws", au=auth("signin.aws"),
  body="Hello,\n\nThe display name on your AWS Builder ID profile was changed. If you made this change, no further action is required.\n\nAWS\n")
m("case_update", False, C5, [], "half done (certification address changed, training address pending); non-native English",
  frm=("AWS Training and Certification", FORM), to=P, subj=f"RE:[CASE {C5}] {FS}", date=dt("2025-11-18 07:10"), au=AUTH_AWS, irt=A5,
  body=f"Dear Haruka,\n\nMy part is finished: the certification notification email is changed to {P}. But the training notification email is keep in a different system, so I have opened a ticket for that team and they must do it. I will inform you here when it is done.\n\nRegards,\nTuan\nAWS Training and Certification" + FOOT)
m("unrelated", False, None, [], "new employer onboarding mail (Japanese)",
  frm=("つばめクラウド 人事部", "hr@tsubame-cloud.jp"), to=P, subj="入社手続きのご案内", date=dt("2025-11-19 01:00"), dom="tsubame-cloud.jp",
  au=auth("tsubame-cloud.jp", ip="203.0.113.77"), cte="base64",
  body="水野 遥 様\n\n12月1日の入社に向けて、以下の書類をご返信ください。\n・雇用契約書\n・口座情報\n\n人事部\n")
m("resolved", False, C5, [], "completion that describes what follows: mail goes to new address, sync can take a day",
  frm=("AWS Training and Certification", FORM), to=P, subj=f"RE:[CASE {C5}] {FS}", date=dt("2025-11-20 06:00"), au=AUTH_AWS,
  body=f"Dear Haruka,\n\nThe other team finished too. From now, all training and certification mails will go to {P}. The sync to Skill Builder can take one day, so if you still see the old address tomorrow morning it is normal.\n\nRegards,\nTuan\nAWS Training and Certification" + FOOT)

# ---------------------------------------------------------------- C6 interrupted exam
m("unrelated", False, None, [], "exam vendor incident mail with its own case number",
  frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=P, subj="Your OnVUE exam session - Case 25112100431", date=dt("2025-11-21 10:40"),
  dom="pearson.com", au=auth("pearson.com"),
  body="Dear Haruka,\n\nWe are sorry your exam session on November 21 ended because of a connection problem. We have documented the incident (case 25112100431). AWS Training and Certification decides on retakes; please contact them.\n\nPearson VUE\n")
A6 = m("acknowledgement", False, C6, [], "ack for retake request",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C6}] [AWS Training and Certification Form Submission] - exam-support", date=dt("2025-11-21 11:07"), au=AUTH_AWS,
  body=f"Hello,\n\nThank you for contacting Amazon Web Services. We have opened case {C6}.\n\nCase ID: {C6}\nDescription: SAP-C02 OnVUE session disconnected at 35 minutes. Pearson VUE case 25112100431. Requesting a free retake.\n\nYou will normally hear from us within 24 hours.\n\nAmazon Web Services" + FOOT)
m("unrelated", False, None, [], "other vendor's case 'closed' (Pearson VUE)",
  frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=P, subj="Case 25112100431 has been closed", date=dt("2025-11-22 02:00"),
  dom="pearson.com", au=auth("pearson.com"),
  body="Dear Haruka,\n\nYour case 25112100431 has been closed. The session log was sent to the exam sponsor.\n\nPearson VUE\n")
m("on_hold", False, C6, [], "hold on exam vendor's log; nothing asked",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C6}] [AWS Training and Certification Form Submission] - exam-support", date=dt("2025-11-24 03:15"), au=AUTH_AWS, irt=A6,
  body="Hello Haruka,\n\nBefore we can decide on a retake we need Pearson VUE's technical log for your session, and they have not sent it to us yet. Your case is on hold until it arrives; you don't have to do anything.\n\nMarisol\nAWS Training and Certification" + FOOT)
m("survey", False, C5, [], "form-case survey",
  frm=("AWS Customer Service", "aws-cs-survey@amazon.com"), to=P, subj=f"Tell us about your experience with case {C5}", date=dt("2025-11-24 04:00"), au=AUTH_AWS,
  html=to_html(f"Hello Haruka,\n\nYour recent case {C5} was marked resolved. Rate your experience: 1 2 3 4 5"))
m("case_update", False, C6, [], "'review complete' + approved, but the voucher is not issued yet",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C6}] [AWS Training and Certification Form Submission] - exam-support", date=dt("2025-11-26 02:00"), au=AUTH_AWS,
  body="Hello Haruka,\n\nThe log arrived and our review is complete: the disconnection was not on your side, so a free retake is approved. The voucher is created by our Benefits team, which usually takes 3 to 5 business days; you'll get word on this case when it is there.\n\nMarisol\nAWS Training and Certification" + FOOT)
m("unrelated", False, None, [], "Japanese AWS marketing",
  frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=P, subj="AWS re:Invent 2025 ハイライト配信のお知らせ", date=dt("2025-11-27 01:00"), au=AUTH_AWS,
  html=to_html("AWS re:Invent 2025 の基調講演を日本語字幕付きで配信します。\n\nご登録はこちら"))
R6 = m("resolved", False, C6, [], "Japanese (Shift_JIS) completion; 'ご確認いただけますと幸いです' is not a question",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C6}] [AWS Training and Certification Form Submission] - exam-support", date=dt("2025-11-28 02:30"), au=AUTH_AWS,
  cs="shift_jis", cte="base64",
  body="水野 遥 様\n\n再受験用のバウチャーを発行いたしました。認定アカウントの「特典」ページに表示されておりますので、ご確認いただけますと幸いです。有効期限は2026年5月28日でございます。\n\n今後ともよろしくお願いいたします。\n\n高橋\nAWS トレーニングと認定")
U6 = m("user_reply", False, C6, [], "owner's thank-you",
  frm=ME_P, to=FORM, subj=f"Re: RE:[CASE {C6}] [AWS Training and Certification Form Submission] - exam-support", date=dt("2025-11-28 12:10", 9),
  dom="mail.gmail.com", irt=R6, sent=True, body="高橋様\n\nバウチャーを確認できました。ありがとうございました。\n\n水野\n")
m("resolved", False, C6, [], "short close after the owner's thanks ('marking as resolved')",
  frm=("Amazon Web Services", FORM), to=P, subj=f"RE:[CASE {C6}] [AWS Training and Certification Form Submission] - exam-support", date=dt("2025-11-28 06:00"), au=AUTH_AWS, irt=U6,
  body="水野様\n\nご確認ありがとうございます。本ケースは解決済みとさせていただきます。\n\n高橋\nAWS トレーニングと認定")
m("survey", False, C6, [], "Japanese survey",
  frm=("AWS Customer Service", "aws-cs-survey@amazon.com"), to=P, subj=f"ケース {C6} に関するアンケートのお願い", date=dt("2025-12-01 01:00"), au=AUTH_AWS, cte="base64",
  body=f"水野様\n\n先日のお問い合わせ（ケース ID: {C6}）について、アンケートへのご協力をお願いいたします。所要時間は1分程度です。\n\nhttps://survey.aws.amazon.com/s/tc?case={C6}\n")
m("certification", False, None, [ID_NEW], "benefits digest from CertMetrics",
  frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=P, subj="Your AWS Certification benefits", date=dt("2025-12-01 15:00"),
  dom="certmetrics.com", au=auth("certmetrics.com"),
  body=f"Hello Haruka ({ID_NEW}),\n\nYou have 2 active benefits: 50% exam discount, free retake voucher (SAP-C02). Sign in to use them.\n\nAWS Certification\n")
m("unrelated", False, None, [], "GitHub PR merged on personal repo",
  frm=("haruka-m", "notifications@github.com"), to=P, subj="Re: [haruka-m/dotfiles] Add zsh config (PR #3)", date=dt("2025-12-02 11:00"),
  dom="github.com", au=auth("github.com", ip="192.30.252.205"), body="Merged #3 into main.\n\n--\nYou are receiving this because you authored the thread.\n")

# ---------------------------------------------------------------- write
for f in os.listdir(OUT):
    if f.endswith("-msg.eml") or f.endswith("-msg.json"):
        os.remove(os.path.join(OUT, f))
rows = []
for i, x in enumerate(MSGS, 1):
    with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
        fh.write(x["data"])
    with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w") as fh:
        json.dump({"kind": x["kind"], "needs_reply": x["reply"], "case": x["case"], "candidate_ids": x["cands"]}, fh)
        fh.write("\n")
    rows.append(f"| {i:03d} | {x['kind']} | {'yes' if x['reply'] else 'no'} | {x['case'] or '-'} | {x['note']} |")
cnt = Counter(x["kind"] for x in MSGS)
for k, v in sorted(cnt.items()):
    print(f"{k}: {v}")
print("total:", len(MSGS), "needs_reply:", sum(x["reply"] for x in MSGS))

README = f"""me: {P} {C}

# blind-189

Mailbox of Haruka Mizuno (personal Gmail plus the company address {C}, both delivered to the same
mailbox; the owner's own mails are copies from Sent). Generated by `python3 gen.py`.

## Cases
- {C0} (11 digits, 2023): missing DVA exam result -> "review complete" update -> posted -> survey.
- {C1} (15 digits): account merge company -> personal. Ack, candidate-ID request, APN partner hold
  with a buried question, hold lifted, HTML confirmation table, closing notice, confirmation sent
  from the wrong (company) address, re-request, "processed" update, resolution, later reopened for a
  2019 exam (reopen -> escalated -> resolved again).
- {C2}: duplicate of {C1} sent from the company address (Japanese ack), closed as a duplicate.
- {C3}: certificate name correction, all in Japanese (ISO-2022-JP / base64).
- {C4}: Support Center (console) case about the 50% discount benefit lost in the merge; must be
  answered in the console.
- {C5}: change of notification addresses (certification vs training), non-native English agent.
- {C6}: free retake after an interrupted OnVUE exam; Japanese resolution in Shift_JIS.
- Fake case numbers {FAKE1}, {FAKE2} appear only in phishing (labelled case null).

## Judgement calls
- resolved vs case_update is decided by whether the thing the owner asked for is now in place, not
  by the verb. "Our review is complete", "processed", "closed on our side", "submitted", "approved",
  "my part is finished" are case_update when the merge / voucher / correction still has to be done
  by someone (msgs with C0 scoring queue, C1 Operations/batch, C2 duplicate, C3 担当部署へ依頼済み,
  C4 Benefits team, C5 training address pending, C6 voucher approved but not issued).
- Resolutions that are modest, hedged ("I believe it should now show"), indirect ("posted to your
  account earlier today", "listed under Benefits now"), non-native, or Japanese are resolved even when
  they add what follows (badges re-issued in days, mails now go to the new address, sync can take a
  day, up to 24 hours at checkout). Those are side effects, not pending work the owner asked for.
- C5 partial update: the owner asked for both notification addresses; only one changed -> case_update.
- C2 "closed on our side as a duplicate": the request is alive in C1, so case_update (not resolved,
  not closing_notice), needs_reply false.
- Japanese ご確認いただけますと幸いです / "If something look not right, you can reply": invitations to
  check, not requests to write back -> resolved, needs_reply false.
- C6 short "本ケースは解決済みとさせていただきます" after the owner's thanks: resolved.
- The {C1} partner hold asks the last working day -> on_hold with needs_reply true; C6's hold asks
  nothing -> needs_reply false.
- The console closing notice and console info request need a reply (in the Support Center).
- Acks that echo the form text: candidate IDs inside the echoed "details of your case" are counted as
  the message's own text (not quoted history).
- Phishing using a real-looking case subject gets case null. Pearson VUE's own "case" is another
  vendor's -> unrelated, case null. "AWS Certification wants to hear from you" is certification
  program mail, not a case survey.
- The resolution of {C1} quotes the old confirmation request (Outlook-style) -> still resolved.
- The owner's forward of the resolution to a friend is user_reply on {C1}.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
with open(os.path.join(OUT, "README.md"), "w") as fh:
    fh.write(README)

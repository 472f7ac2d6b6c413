#!/usr/bin/env python3
"""Writes the blind corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import os, re, json, base64, quopri, hashlib, glob
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = ("Kenta Oyamada", "kenta.oyamada.jp@gmail.com")
ME_C = ("小山田 健太", "k.oyamada@seiran-tech.co.jp")
TCF = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

def cid(dt, tail):
    return "%d%s" % (int(dt.timestamp()), tail)

C0 = "6841203957"
C1 = "13958204716"
C2 = cid(datetime(2025, 3, 2, 2, 22, 15, tzinfo=UTC), "00562")
C3 = cid(datetime(2025, 3, 2, 15, 2, 21, tzinfo=UTC), "00318")
C4 = cid(datetime(2025, 3, 2, 15, 42, 36, tzinfo=UTC), "00027")
C5 = cid(datetime(2025, 3, 18, 1, 5, 40, tzinfo=UTC), "00913")
C6 = cid(datetime(2025, 3, 24, 3, 11, 9, tzinfo=UTC), "00845")
C10 = cid(datetime(2025, 3, 25, 12, 40, 2, tzinfo=UTC), "00131")
C7 = cid(datetime(2025, 4, 2, 5, 30, 44, tzinfo=UTC), "00114")
CB = cid(datetime(2025, 4, 8, 6, 2, 10, tzinfo=UTC), "00778")   # billing console case (not T&C)
CE = cid(datetime(2025, 3, 27, 4, 0, 51, tzinfo=UTC), "00266")  # AWS Educate form case (not T&C)
C8 = cid(datetime(2025, 4, 20, 8, 15, 3, tzinfo=UTC), "00459")
C11 = cid(datetime(2025, 4, 21, 0, 48, 30, tzinfo=UTC), "00607")
C9 = cid(datetime(2025, 5, 6, 2, 9, 55, tzinfo=UTC), "00882")
C12 = cid(datetime(2025, 5, 20, 4, 33, 12, tzinfo=UTC), "00205")
C13 = cid(datetime(2025, 5, 20, 4, 51, 47, tzinfo=UTC), "00390")

P_ID, C_ID, H_ID = "AWS05527184", "AWS09318462", "AWS02241937"

MSGS = []
THREADS = {}

def hdr_text(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(pair, cs="utf-8"):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw

def part(text, subtype, cs, cte):
    h = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, cs, cte)
    b = encode_body(text, cs, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return h.encode(), b

def strip_html(h):
    h = re.sub(r"(?is)<blockquote.*?</blockquote>", " ", h)
    h = re.sub(r"(?is)<[^>]+>", " ", h)
    return h

def auth_lines(frm_addr, to_addr, mode, dkim_dom=None):
    dom = frm_addr.split("@")[1]
    d = dkim_dom or dom
    if to_addr.endswith("gmail.com"):
        if mode == "pass":
            return ["Authentication-Results: mx.google.com;\n"
                    "       dkim=pass header.i=@%s header.s=s%s header.b=Qx7%s;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                    % (d, int(hashlib.md5(d.encode()).hexdigest()[:4], 16) % 90 + 10, hashlib.md5(d.encode()).hexdigest()[:5], d, len(d) + 20, d, dom)]
        return ["Authentication-Results: mx.google.com;\n"
                "       dkim=none;\n"
                "       spf=softfail (google.com: domain of transitioning %s does not designate 185.225.73.41 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (frm_addr, frm_addr, dom)]
    else:
        if mode == "pass":
            return ["Authentication-Results: spf=pass (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                    % (len(dom) + 11, d, d, dom)]
        return ["Authentication-Results: spf=fail (sender IP is 91.212.4.77)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (dom, dom)]

def m(kind, reply, case, dt, frm, to, subject, text=None, html=None, q="", qhtml="",
      cs="utf-8", cte="quoted-printable", hcs=None, crlf=False, thread=None, auth="pass",
      cc=None, extra=(), note="", mid_dom=None, cands=None):
    n = len(MSGS) + 1
    own = (text or "") + " " + strip_html(html or "")
    if cands is None:
        cands = re.findall(r"AWS\d{8}", own)
    body_text = (text + q) if text is not None else None
    body_html = (html.replace("</body>", qhtml + "</body>")) if html is not None else None
    hcs = hcs or cs
    dom = mid_dom or frm[1].split("@")[1]
    seed = hashlib.sha1(("%d%s%s" % (n, subject, dt.isoformat())).encode()).hexdigest()
    if dom == "amazon.com":
        mid = "<0100019%s-%s-%s-000000@email.amazonses.com>" % (seed[:9], seed[9:13], seed[13:25])
    elif dom == "gmail.com":
        mid = "<CA+%s%s@mail.gmail.com>" % (seed[:20].upper(), seed[20:30])
    else:
        mid = "<%s.%s@%s>" % (seed[:16], seed[16:24], dom)
    H = []
    if frm[1] not in (ME_P[1], ME_C[1]) and auth:
        H += auth_lines(frm[1], to[1], auth)
        H.append("Received: from %s (%s) by mx.%s with ESMTPS id %s; %s" % (
            "a8-%d.smtp-out.amazonses.com" % (n * 7 % 97) if dom == "amazon.com" else "mail.%s" % dom,
            "54.240.8.%d" % (n % 200), to[1].split("@")[1], seed[30:38], format_datetime(dt)))
    H.append("Date: " + format_datetime(dt))
    H.append("From: " + addr(frm, hcs))
    H.append("To: " + addr(to, hcs))
    if cc:
        H.append("Cc: " + addr(cc, hcs))
    H.append("Subject: " + hdr_text(subject, hcs))
    H.append("Message-ID: " + mid)
    if thread:
        prev = THREADS.get(thread, [])
        if prev:
            H.append("In-Reply-To: " + prev[-1])
            H.append("References: " + "\n ".join(prev[-6:]))
        THREADS.setdefault(thread, []).append(mid)
    H += list(extra)
    H.append("MIME-Version: 1.0")
    out = "\n".join(H).encode("ascii") + b"\n"
    if body_text is not None and body_html is not None:
        b = "==_mimepart_%s" % seed[:24]
        out += ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode()
        for sub, t in (("plain", body_text), ("html", body_html)):
            ph, pb = part(t, sub, cs, cte)
            out += ("--%s\n" % b).encode() + ph + b"\n" + pb
        out += ("--%s--\n" % b).encode()
    else:
        sub, t = ("plain", body_text) if body_text is not None else ("html", body_html)
        ph, pb = part(t, sub, cs, cte)
        out += ph + b"\n" + pb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, dt=dt, raw=out, label={"kind": kind, "needs_reply": reply, "case": case,
                                          "candidate_ids": cands}, note=note))
    return mid

def tc(name="Amazon Web Services"):
    return (name, TCF)

SIG_PRIYA = "\nBest regards,\n\nPriya S.\nAWS Training and Certification Customer Support\n"
SIG_MATEO = "\nThanks,\nMateo\nAWS T&C Support\n"
SIG_JP = "\nAWS トレーニングと認定 カスタマーサポート\n担当:佐々木\n"
TC_FOOT = ("\n---\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
           "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
CON_FOOT = ("\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link below:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n")

def subj_tc(case, topic="account-assistance", re_="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (re_, case, topic)

def gq(dt, who, text):
    """Gmail-style quote."""
    d = dt.astimezone(JST).strftime("%a, %b %-d, %Y at %-I:%M %p")
    return "\n\nOn %s %s wrote:\n" % (d, who) + "\n".join(">" + (" " + l if l else "") for l in text.strip("\n").split("\n")) + "\n"

def oq(dt, frm, to, subject, text):
    """Outlook-style quote."""
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, dt.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject, text.strip("\n")))

def jq(dt, who, text):
    d = dt.astimezone(JST).strftime("%Y年%-m月%-d日(%a) %-H:%M")
    return "\n\n%s %s:\n" % (d, who) + "\n".join("> " + l for l in text.strip("\n").split("\n")) + "\n"

# ---------------------------------------------------------------- 2020: old case C0
d = datetime(2020, 9, 14, 6, 31, tzinfo=UTC)
m("acknowledgement", False, C0, d, tc(), ME_C, "[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % C0,
  "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to look into your request.\n\n"
  "The details of your case are as follows:\n\nCase ID: %s\nSubject: exam-results\nSeverity: Low\nCorrespondence: I took the AWS Certified Cloud Practitioner exam on 2020-09-05 at a test center in Osaka. "
  "My candidate ID is %s. The result still says 'pending' after 9 days.\n\n"
  "We aim to respond within 24 hours. Opening another case for the same question will not speed things up.\n\nAmazon Web Services\n%s"
  % (C0, C0, C_ID, TC_FOOT), cte="7bit", thread=C0,
  note="2020 ack, 10-digit case; echoes the form text including the candidate ID (counted: it is in the body, not quoted history)")
d = datetime(2020, 9, 15, 22, 4, tzinfo=UTC)
m("resolved", False, C0, d, tc(), ME_C, subj_tc(C0, "exam-results"),
  "Hello Kenta,\n\nThe score from your 5 September exam was held up by a delay in the data feed from the test center. "
  "I pushed it through manually and it is now showing as PASS in your certification account, along with the certificate.\n\n"
  "No further action is required on your part.\n\nRegards,\nDaniel\nAWS Training and Certification\n" + TC_FOOT,
  cte="7bit", thread=C0, note="short resolution; 'no further action is required'")
# ---------------------------------------------------------------- 2023
d = datetime(2023, 4, 11, 12, 2, tzinfo=UTC)
m("certification", False, None, d, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "Your AWS Certification exam results are available",
  "Dear Kenta Oyamada,\n\nCongratulations! You passed the AWS Certified Solutions Architect - Associate exam (SAA-C03).\n\n"
  "Candidate ID: %s\nScore: 812 (passing score 720)\n\nYou can download your certificate and view your score report from your AWS Certification Account.\n"
  "Your digital badge will be issued through Credly within a few days.\n\nAWS Training and Certification\n" % C_ID,
  note="certmetrics exam result; contains a candidate ID but is not case mail")
d = datetime(2023, 4, 12, 3, 40, tzinfo=UTC)
m("badge", False, None, d, ("Credly", "admin@credly.com"), ME_C,
  "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
  "Hi Kenta,\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect – Associate badge.\n\n"
  "Accept your badge: https://www.credly.com/badges/4b2f91c7-1e0a-4d53-9c1f-88a4c2e7d6f1/accept\n\n"
  "Once accepted, you can share it on LinkedIn and in your email signature.\n\nThe Credly Team\n", cte="7bit",
  html="<html><body><h2>You've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect – Associate</b> badge.</p>"
  "<p><a href='https://www.credly.com/badges/4b2f91c7-1e0a-4d53-9c1f-88a4c2e7d6f1/accept'>Accept badge</a></p></body></html>",
  note="Credly multipart; 'accept' call-to-action is not a support request")

d6 = datetime(2023, 5, 8, 1, 17, tzinfo=UTC)
m("acknowledgement", False, C1, d6, tc(), ME_C, "[CASE %s] [AWS Training and Certification Form Submission] - certification" % C1,
  "Hello,\n\nWe have received your request and opened case %s.\n\nYour message:\n\"The name on my SAA certificate is printed as 'Kenta Oyamda'. Please correct it.\"\n\n"
  "A member of our team will reply, usually within one business day. Please keep this case number for reference and reply to this email rather than submitting the form again.\n\n"
  "Sincerely,\nAWS Training and Certification\n" % C1, cte="7bit", thread=C1, note="11-digit case ack (name typo on certificate)")
d7 = datetime(2023, 5, 9, 4, 55, tzinfo=UTC)
t7 = ("Hi Kenta,\n\nThanks for reaching out about your certificate. The name on the certificate is taken from the profile on your certification account, "
      "and that profile was set up with the spelling \"Oyamda\". I can correct it for you.\n\n"
      "One thing first: the ID you showed at the test center lists your family name as \"OHYAMADA\", while your form says \"Oyamada\". "
      "Which of the two spellings would you like printed on your certificates? Certificates are usually matched against the name on your ID, "
      "so I want to be sure before I change it.\n" + SIG_PRIYA)
m("info_request", True, C1, d7, tc(), ME_C, subj_tc(C1, "certification"), t7, cte="quoted-printable", thread=C1,
  note="explanation first, the spelling question comes at the end")
d8 = datetime(2023, 5, 9, 18, 12, tzinfo=JST)
t8 = "Hi Priya,\n\nPlease use \"Kenta Oyamada\" (family name OYAMADA). My passport was renewed last year and now uses that spelling.\n\nThank you,\nKenta Oyamada\n"
m("user_reply", False, C1, d8, ME_C, tc(), subj_tc(C1, "certification"), t8,
  q=oq(d7, "Amazon Web Services <%s>" % TCF, ME_C[1], subj_tc(C1, "certification"), t7), cte="quoted-printable", thread=C1,
  note="owner's answer from company address, Outlook quoting")
d9 = datetime(2023, 5, 10, 2, 30, tzinfo=UTC)
t9 = ("Hi Kenta,\n\nDone - the profile name is now Kenta Oyamada and new certificates are generated from it.\n\n"
      "Please download a fresh copy of the SAA certificate from your certification account and reply to tell me whether the name now reads correctly. "
      "The old PDF is cached for some users, so I'd like to hear it from you before I close anything; the case stays open until then.\n" + SIG_PRIYA)
m("info_request", True, C1, d9, tc(), ME_C, subj_tc(C1, "certification"), t9, q=oq(d8, "Oyamada Kenta", TCF, subj_tc(C1, "certification"), t8),
  thread=C1, note="STRESS: work done, but support explicitly waits for a check to be reported back")
d = datetime(2023, 5, 10, 6, 2, tzinfo=UTC)
m("unrelated", False, None, d, ("Kaito Nishi", "notifications@github.com"), ME_C,
  "Re: [seiran-tech/infra-modules] Merge accounts module for Organizations (PR #412)",
  "Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/seiran-tech/infra-modules/pull/412#event-9182736455\n"
  "You are receiving this because you were mentioned.\n", cte="7bit",
  extra=["List-ID: seiran-tech/infra-modules <infra-modules.seiran-tech.github.com>", "X-GitHub-Reason: mention"],
  note="GitHub 'merged' about accounts - wording trap")
d11 = datetime(2023, 5, 10, 19, 44, tzinfo=JST)
t11 = "Hi Priya,\n\nI downloaded it again just now and the name is correct. Thanks for the quick fix.\n\nKenta\n"
m("user_reply", False, C1, d11, ME_C, tc(), subj_tc(C1, "certification"), t11,
  q=oq(d9, "Amazon Web Services <%s>" % TCF, ME_C[1], subj_tc(C1, "certification"), t9), thread=C1, note="owner confirms")
d12 = datetime(2023, 5, 11, 1, 5, tzinfo=UTC)
t12 = ("Hi Kenta,\n\nGreat, thanks for checking. Unless we hear otherwise, this case will be closed automatically after two business days.\n\n"
       "Have a good week!\nPriya\n")
m("resolved", False, C1, d12, tc(), ME_C, subj_tc(C1, "certification"), t12, q=gq(d11, "Oyamada Kenta <%s>" % ME_C[1], t11),
  cte="7bit", thread=C1, note="STRESS: 'unless we hear otherwise we will close' after confirmed fix = courtesy, no reply")
d = datetime(2023, 6, 2, 8, 21, tzinfo=timezone(timedelta(hours=2)))
m("unrelated", False, None, d, ("JetBrains Support", "support@jetbrains.zendesk.com"), ME_C,
  "[JetBrains] Re: License not applied to second machine [#4821337]",
  "##- Please type your reply above this line -##\n\nYour request (4821337) has been solved.\n\nMarta (JetBrains)\n\nHi Kenta,\n\nI've reset the activation count on your licence, so you can activate IntelliJ IDEA on the second machine now. "
  "Does it work now? Just reply to this email and the ticket will reopen.\n\nKind regards,\nMarta\n", cte="7bit",
  note="other vendor 'solved' with 'does it work now?' question - not AWS")

# ---------------------------------------------------------------- 2025: merge
d = datetime(2025, 2, 18, 11, 2, tzinfo=UTC)
m("unrelated", False, None, d, ("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
  "Your AWS Skill Builder receipt",
  "Thank you for your purchase.\n\nAWS Skill Builder Individual subscription - monthly\nAmount: USD 29.00\nOrder: SB-88310-2291\n\n"
  "Manage your subscription at https://skillbuilder.aws/account\n", cte="7bit", note="Skill Builder receipt")
d = datetime(2025, 2, 26, 22, 41, tzinfo=JST)
m("user_reply", False, None, d, ME_P, ME_P, "memo: AWS認定アカウント統合",
  "退職前にやること\n- 会社アカウント %s (k.oyamada@seiran-tech.co.jp) → 個人 %s に統合\n- 50%%割引バウチャーのコードを控える\n- 証明書PDFを全部ダウンロード\n- フォームでは個人アドレスを残す方と書く\n"
  % (C_ID, P_ID), cte="base64", note="owner's note to self with two candidate IDs")

d18 = datetime(2025, 3, 2, 2, 22, 40, tzinfo=UTC)
m("acknowledgement", False, C2, d18, tc("Amazon Web Services"), ME_C,
  "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2,
  "お客様\n\nAmazon Web Services へお問い合わせいただきありがとうございます。ケース %s を作成いたしました。\n\n"
  "ケースの詳細は以下のとおりです。\n\nケース ID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
  "内容: I am leaving my employer at the end of March and would like my company certification account (%s, k.oyamada@seiran-tech.co.jp) "
  "merged into my personal account (%s, kenta.oyamada.jp@gmail.com). Please keep the personal one.\n\n"
  "担当者より通常24時間以内にご連絡いたします。同じ内容で新しいケースを作成されますと、対応が遅れる場合がございますのでご注意ください。\n\n"
  "Amazon Web Services\n" % (C2, C2, C_ID, P_ID), cte="base64", thread=C2,
  note="Japanese ack (base64) echoing the English form text; 15-digit case")
d20 = datetime(2025, 3, 2, 8, 40, tzinfo=UTC)
t20 = ("Hello Kenta,\n\nThank you for the details. Because the account you'd like to keep is registered to kenta.oyamada.jp@gmail.com, we can only accept "
       "merge instructions that come from that address. Kindly send us a reply from your personal mailbox (keeping the case number in the subject line) "
       "so we can proceed. We'll hold the request until then.\n\nBest,\nHannah R.\nAWS Training & Certification Support\n")
m("info_request", True, C2, d20, tc(), ME_C, subj_tc(C2), t20, thread=C2, crlf=True,
  note="'kindly' request to write from the destination address, sent to the company mailbox; CRLF")
d21 = datetime(2025, 3, 2, 15, 2, 50, tzinfo=UTC)
m("acknowledgement", False, C3, d21, tc(), ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3,
  "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s.\n\nThe details of your case are as follows:\n\n"
  "Case ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\nCorrespondence: Merge my work certification account into this one please. Work email k.oyamada@seiran-tech.co.jp, keep kenta.oyamada.jp@gmail.com.\n\n"
  "You can expect a reply within 24 hours. If a case already exists for this question, please don't open a new one.\n\nAmazon Web Services\n%s" % (C3, C3, TC_FOOT),
  cte="7bit", thread=C3, note="ack of a duplicate form the owner filed from the personal address")
d22 = datetime(2025, 3, 2, 15, 43, 5, tzinfo=UTC)
m("acknowledgement", False, C4, d22, tc("アマゾン ウェブ サービス"), ME_P,
  "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4,
  "お問い合わせいただきありがとうございます。\n\nケース %s として承りました。\n\n"
  "■ お問い合わせ内容\n会社の認定アカウントと個人の認定アカウント(%s)を統合したいです。昔 hotmail で作ったアカウント %s もあるかもしれません。\n\n"
  "通常、24時間以内に担当者よりご連絡差し上げます。\nすでに同じ内容のケースをお持ちの場合は、新たなケースの作成はお控えください。\n\n"
  "アマゾン ウェブ サービス\n" % (C4, P_ID, H_ID), cs="iso-2022-jp", cte="7bit", thread=C4,
  note="second duplicate, Japanese form, ISO-2022-JP; echoes a third candidate ID")
d23 = datetime(2025, 3, 3, 9, 12, tzinfo=JST)
m("user_reply", False, C2, d23, ME_C, ME_P, "FW: " + subj_tc(C2),
  "個人アドレスから返信すること\n",
  q=("\n\n________________________________\n差出人: Amazon Web Services <%s>\n送信日時: 2025年3月2日 17:40\n宛先: %s\n件名: %s\n\n%s"
     % (TCF, ME_C[1], subj_tc(C2), t20)), thread=C2,
  note="owner forwards the request from work to personal; Outlook JP forward header")
d24 = datetime(2025, 3, 3, 9, 30, tzinfo=JST)
t24 = ("Hello Hannah,\n\nI'm writing from my personal address as requested. Please merge my company account (%s, k.oyamada@seiran-tech.co.jp) "
       "into this personal account (%s, kenta.oyamada.jp@gmail.com) and keep the personal one.\n\nBest regards,\nKenta Oyamada\n" % (C_ID, P_ID))
m("user_reply", False, C2, d24, ME_P, tc(), subj_tc(C2), t24, q=gq(d20, "Amazon Web Services <%s>" % TCF, t20), thread=C2,
  note="owner's reply from the personal address, Gmail quoting")
d = datetime(2025, 3, 3, 1, 15, tzinfo=UTC)
m("unrelated", False, None, d, ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
  "AWS Summit Japan 2025 登録受付開始",
  None, html="<html><body><h1>AWS Summit Japan 2025</h1><p>登録受付を開始しました。今すぐご登録ください。</p>"
  "<p><a href='https://aws.amazon.com/jp/summits/japan/'>登録する</a></p><p>配信停止は<a href='https://pages.awscloud.com/unsub'>こちら</a></p></body></html>",
  cte="base64", note="AWS marketing, HTML-only, 'register now'")
d26 = datetime(2025, 3, 3, 3, 5, tzinfo=UTC)
m("case_update", False, C3, d26, tc(), ME_P, subj_tc(C3),
  "Hello Kenta,\n\nThis request is the same as case %s, which a colleague is already handling, so I've closed this one to keep everything in one place. "
  "You don't need to do anything here - all further updates will come on %s.\n\nKind regards,\nJun\nAWS Training and Certification\n" % (C2, C2),
  cte="7bit", thread=C3, note="STRESS: duplicate closed, nothing left to do on it")
d27 = datetime(2025, 3, 3, 4, 22, tzinfo=UTC)
m("info_request", True, C4, d27, tc(), ME_P, subj_tc(C4),
  "Hello Kenta,\n\nI've linked this case to your earlier request %s and closed it as a duplicate.\n\n"
  "There is one thing only this case mentioned: candidate ID %s, created with a Hotmail address. It isn't part of the original request. "
  "Is that account yours, and do you want it included in the merge? Please answer by replying on case %s, not on this one, so the agent handling it sees it.\n\n"
  "Regards,\nJun\nAWS Training and Certification\n" % (C2, H_ID, C2), cte="7bit", thread=C4,
  note="STRESS: duplicate linked and closed, but a question is left that must be answered (on the original case)")
d28 = datetime(2025, 3, 3, 6, 48, tzinfo=UTC)
h28 = ("<html><head><meta charset='utf-8'></head><body style='font-family:Arial'><p>Hello Kenta,</p>"
       "<p>Thank you for writing from your personal address. Below are the certification accounts we found for you:</p>"
       "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
       "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
       "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>"
       "<tr><td>Login email</td><td>kenta.oyamada.jp@gmail.com</td><td>k.oyamada@seiran-tech.co.jp</td></tr>"
       "<tr><td>Training notification email</td><td>kenta.oyamada.jp@gmail.com</td><td>k.oyamada@seiran-tech.co.jp</td></tr>"
       "<tr><td>Certification notification email</td><td>kenta.oyamada.jp@gmail.com</td><td>k.oyamada@seiran-tech.co.jp</td></tr></table>"
       "<p>Once merged, everything will live in Account #1 and Account #2 can no longer be used to sign in. Are both accounts yours, and shall we go ahead and merge Account #2 into Account #1?</p>"
       "<p>If the other case you opened mentions an additional account, we'll add it once you've confirmed it belongs to you.</p>"
       "<p>Best regards,<br>Hannah R.<br>AWS Training &amp; Certification Support</p></body></html>" % (P_ID, C_ID))
m("confirmation_request", True, C2, d28, tc(), ME_P, subj_tc(C2), None, html=h28,
  qhtml="<blockquote style='border-left:1px solid #ccc;padding-left:8px'>On Mon, Mar 3, 2025 Kenta Oyamada wrote:<br>Please merge my company account (%s) into this personal account (%s)</blockquote>" % (C_ID, P_ID),
  thread=C2, note="HTML-only table Account #1 / #2; the question is a plain interrogative")
d = datetime(2025, 3, 4, 7, 30, tzinfo=UTC)
m("unrelated", False, None, d, ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
  "Reminder: your exam appointment",
  "Dear Kenta Oyamada,\n\nThis is a reminder of your upcoming appointment.\n\nExam: AWS Certified Solutions Architect - Professional (SAP-C02)\n"
  "Registration ID: 482913067\nDate: 2025-04-19 10:00 JST\nLocation: Online (OnVUE)\n\nPlease run the system test before exam day. To reschedule, sign in to your Pearson VUE account at least 24 hours before the appointment.\n",
  cte="7bit", note="exam vendor; 9-digit registration ID is not a case")
d = datetime(2025, 3, 4, 12, 3, tzinfo=UTC)
m("suspicious", False, None, d, ("AWS Certification Support", "support@aws-certification-help.com"), ME_P,
  "Action needed: confirm your certification account merge",
  None, html="<html><body><p>Dear candidate,</p><p>Your account merge request is pending. To avoid losing your certifications, you must confirm within 24 hours by "
  "signing in with your AWS Builder ID password here: <a href='https://aws-certification-help.com/merge/confirm'>Confirm merge</a></p>"
  "<p>Reply to this email if you cannot sign in.</p><p>AWS Training and Certification</p></body></html>",
  auth="pass", note="lookalike domain credential phishing (its own DKIM passes, but it is not AWS)")
d31 = datetime(2025, 3, 6, 23, 10, tzinfo=UTC)
t31 = ("Hello Kenta,\n\nI'm following up on my message of 3 March asking you to confirm the two accounts listed there before we merge them.\n\n"
       "We haven't received a reply yet. If we don't hear from you within 72 hours, this case will be closed. A reply to this email before then keeps it open.\n\n"
       "Best regards,\nHannah R.\nAWS Training & Certification Support\n")
m("closing_notice", True, C2, d31, tc(), ME_P, subj_tc(C2), t31, thread=C2, note="English closing notice for the unanswered confirmation")
d32 = datetime(2025, 3, 7, 8, 55, tzinfo=JST)
t32 = ("Confirmed. Both accounts are mine; please merge Account #2 into Account #1.\n\n"
       "Also, %s (created years ago with kenta_o@hotmail.com) is mine as well - please include it.\n\nKenta\n" % H_ID)
m("user_reply", False, C2, d32, ME_P, tc(), subj_tc(C2), t32, q=gq(d31, "Amazon Web Services <%s>" % TCF, t31), thread=C2,
  note="owner confirms and answers the duplicate-case question")
d33 = datetime(2025, 3, 7, 5, 40, tzinfo=UTC)
t33 = ("Hello Kenta,\n\nThanks for confirming. Before merging I checked Account #2 and found it is associated with an AWS Partner Network (APN) organization, "
       "Seiran Technology Co., Ltd. Certifications held in partner-linked accounts count toward the partner's tiers, so we can't move them "
       "while the link is active; the partner's administrator has to release it, and I've sent them a request. Your case is on hold until that happens.\n\n"
       "The partner team usually asks when the employee's last working day is. What date does your employment end? "
       "With that I can ask them to release the account as of that day.\n\n"
       "The Hotmail account has been noted and will be handled together with the others.\n\nBest regards,\nHannah R.\n")
m("on_hold", True, C2, d33.replace(hour=23), tc(), ME_P, subj_tc(C2), t33, q=gq(d32, "Kenta Oyamada <%s>" % ME_P[1], t32), thread=C2,
  note="APN hold; the question is buried in the third paragraph (needs_reply true)")
d34 = datetime(2025, 3, 8, 10, 2, tzinfo=JST)
t34 = "Hi Hannah,\n\nMy last day at Seiran Technology is 31 March 2025. The company address stops working after that.\n\nThanks,\nKenta\n"
m("user_reply", False, C2, d34, ME_P, tc(), subj_tc(C2), t34, q=gq(d33.replace(hour=23), "Amazon Web Services <%s>" % TCF, t33), thread=C2, note="owner answers the hold question")
d35 = datetime(2025, 3, 12, 2, 15, tzinfo=UTC)
m("case_update", False, C2, d35, tc(), ME_P, subj_tc(C2),
  "Hello Kenta,\n\nGood news: the partner administrator has released Account #2, so the hold on your case is lifted. I've queued the merge and will write again when it's finished.\n\n"
  "Best regards,\nHannah R.\n", cte="7bit", thread=C2, note="hold lifted, nothing asked, not yet done")
d36 = datetime(2025, 3, 13, 4, 20, tzinfo=UTC)
t36 = ("Hello Kenta,\n\nI have merged %s and %s into %s. Your exam history, active certifications and benefits should all now be under kenta.oyamada.jp@gmail.com.\n\n"
       "Benefits sometimes take a while to follow, so I'd like you to sign in and check two things for me: does the exam history include all of your exams, "
       "and is the 50%% exam discount listed under Benefits? Reply with what you see and I'll take it from there - I'm keeping the case open until I hear back.\n\n"
       "Best regards,\nHannah R.\n" % (C_ID, H_ID, P_ID))
m("info_request", True, C2, d36, tc(), ME_P, subj_tc(C2), t36, q=gq(d34, "Kenta Oyamada <%s>" % ME_P[1], t34), thread=C2,
  note="STRESS: merge done + explicit check to report back")
d = datetime(2025, 3, 13, 4, 41, tzinfo=UTC)
m("badge", False, None, d, ("Credly", "admin@credly.com"), ME_P,
  "Your badges from Amazon Web Services Training and Certification are ready",
  None, html="<html><body><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has updated the badges associated with <b>kenta.oyamada.jp@gmail.com</b>.</p>"
  "<ul><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Cloud Practitioner (expired)</li></ul>"
  "<p><a href='https://www.credly.com/users/kenta-oyamada/badges'>View your badges</a></p><p>Credly, Inc.</p></body></html>",
  extra=["List-Unsubscribe: <https://www.credly.com/unsubscribe>"], note="Credly right after the merge")
d38 = datetime(2025, 3, 13, 21, 7, tzinfo=JST)
t38 = "Hi Hannah,\n\nExam history looks complete (CLF 2020, SAA 2023, and the 2019 one from Hotmail). The 50% voucher is not under Benefits though.\n\nKenta\n"
m("user_reply", False, C2, d38, ME_P, tc(), subj_tc(C2), t38, q=gq(d36, "Amazon Web Services <%s>" % TCF, t36), thread=C2, note="owner reports check")
d39 = datetime(2025, 3, 14, 1, 30, tzinfo=UTC)
m("case_update", False, C2, d39, tc(), ME_P, subj_tc(C2),
  "Hi Kenta,\n\nThanks - I've passed the missing discount to our benefits team. They normally restore these within 3-5 business days. "
  "Nothing is needed from you in the meantime; I'll update this case once it's done.\n\nHannah\n", cte="7bit", thread=C2,
  note="handed to another team; 'nothing needed'")
d = datetime(2025, 3, 15, 0, 12, tzinfo=UTC)
m("unrelated", False, None, d, ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
  "Amazon Web Services Billing Statement Available [Account: 4812 9930 1177]",
  "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. "
  "Your account will be charged the following:\n\nTotal: $3.41\n\nYou can see a complete break-down of all charges on the Billing & Cost Management page:\n"
  "https://console.aws.amazon.com/billing/home#/bill\n\n[AWS ID 481299301177]\n\nThank you for using Amazon Web Services.\n", cte="7bit",
  note="AWS billing with a 12-digit account ID")
d41 = datetime(2025, 3, 19, 3, 3, tzinfo=UTC)
t41 = ("Hello Kenta,\n\nThe benefits team has restored your 50% exam discount; it now shows under Benefits in your certification account. "
       "With that, everything from your request is complete.\n\nIf there's anything else we can help with, feel free to reply to this email.\n\n"
       "Best regards,\nHannah R.\nAWS Training & Certification Support\n")
q41 = oq(d28, "Amazon Web Services", ME_P[1], subj_tc(C2),
         "Hello Kenta,\n\nBelow are the certification accounts we found for you:\n\nAccount #1\nCandidate ID: %s\nLogin email: kenta.oyamada.jp@gmail.com\n\n"
         "Account #2\nCandidate ID: %s\nLogin email: k.oyamada@seiran-tech.co.jp\n\nAre both accounts yours, and shall we go ahead and merge Account #2 into Account #1?" % (P_ID, C_ID))
m("resolved", False, C2, d41, tc(), ME_P, subj_tc(C2), t41, q=q41, thread=C2,
  note="STRESS: completion with optional invitation; quotes the old confirmation request (with IDs) underneath")
d = datetime(2025, 3, 21, 9, 0, tzinfo=UTC)
m("survey", False, C2, d, ("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
  "We'd love your feedback on case %s" % C2,
  "Hello,\n\nHow satisfied were you with the support you received on case %s (account-assistance)?\n\n"
  "Answer one question: https://survey.aws.amazon.com/s/tc?c=%s\n\nPlease do not reply to this email; replies are not monitored.\n" % (C2, C2),
  cte="7bit", note="survey")
d = datetime(2025, 3, 21, 14, 26, tzinfo=UTC)
m("suspicious", False, None, d, ("Amazon Web Services", TCF), ME_P,
  "RE:[CASE 174250311200415] [AWS Training and Certification Form Submission] - account-assistance",
  "Hello,\n\nYour case 174250311200415 was closed because we did not receive the requested verification. Your merged certifications will be removed in 24 hours.\n\n"
  "To reopen the case, verify your identity here: https://aws-training-verify.net/case/174250311200415\n\nAWS Training and Certification\n",
  cte="7bit", auth="fail", note="dmarc=fail on amazon.com sender; closing-notice wording; fake case number (labelled null)")
d = datetime(2025, 3, 28, 8, 30, tzinfo=JST)
m("unrelated", False, None, d, ("Nishi Kaito", "k.nishi@seiran-tech.co.jp"), ME_C,
  "送別会のご案内(3/31)",
  "小山田さん\n\n3/31(月)19時から送別会を開きます。場所は新橋の「炭火 まる」です。\n出欠だけ今週中に返信ください。\n\n西\n",
  cte="8bit", auth=None, note="colleague asks for a reply - not support")

# ---------------------------------------------------------------- console case C5
d45 = datetime(2025, 3, 18, 1, 6, tzinfo=UTC)
m("acknowledgement", False, C5, d45, ("Amazon Web Services", CON), ME_P, "Amazon Web Services: New Support case: %s" % C5,
  "Dear Customer,\n\nWe have opened case %s on your behalf.\n\nSubject: Credly badge for SAA not visible after account merge\nCategory: Training and Certification\n\n"
  "You can view the case and add correspondence in the Support Center.%s" % (C5, CON_FOOT % C5), cte="7bit", thread=C5,
  note="console case ack; cannot be answered by email")
d46 = datetime(2025, 3, 19, 7, 44, tzinfo=UTC)
m("info_request", True, C5, d46, ("Amazon Web Services", CON), ME_P, "RE:[CASE %s] Credly badge for SAA not visible after account merge" % C5,
  "Hello,\n\nThe SAA badge was still tied to your former work email in Credly. I have re-issued the badge invitation to kenta.oyamada.jp@gmail.com.\n\n"
  "Once you have tried to accept it, please let me know in the Support Center whether it worked, so I can either close the case or keep digging.\n\n"
  "Best regards,\nLukas\nAmazon Web Services\n\n====================================================\nTo see all the correspondence in this case, please visit the Support Center." + CON_FOOT % C5,
  cte="quoted-printable", thread=C5, note="STRESS: console case, work done + must report back in the Support Center")
d = datetime(2025, 3, 19, 7, 50, tzinfo=UTC)
m("badge", False, None, d, ("Credly", "admin@credly.com"), ME_P, "Accept your AWS Certified Solutions Architect – Associate badge",
  "Hi Kenta,\n\nAmazon Web Services Training and Certification sent you a badge. Accept it here:\nhttps://www.credly.com/badges/0c9d2e41-7aa3-4f19-b6e5-3d20c8a1f5b2/accept\n\nThe Credly Team\n",
  cte="quoted-printable", note="Credly invitation")
d48 = datetime(2025, 3, 24, 8, 0, tzinfo=UTC)
m("closing_notice", True, C5, d48, ("Amazon Web Services", CON), ME_P, "RE:[CASE %s] Credly badge for SAA not visible after account merge" % C5,
  "Hello,\n\nWe have not heard back from you on this case. If no reply is added in the Support Center within 3 days, the case will be resolved automatically.\n\n"
  "Amazon Web Services" + CON_FOOT % C5, cte="7bit", thread=C5, note="console auto-resolve warning; reply must go via console")
d = datetime(2025, 3, 25, 2, 10, tzinfo=UTC)
m("resolved", False, C5, d, ("Amazon Web Services", CON), ME_P, "RE:[CASE %s] Credly badge for SAA not visible after account merge" % C5,
  None, html="<html><body><p>Hello,</p><p>Thank you for confirming that the badge now appears in your Credly profile. I have marked this case as resolved.</p>"
  "<p>Best regards,<br>Lukas<br>Amazon Web Services</p><hr><p>We value your feedback. Please share your experience by rating this correspondence:</p>"
  "<p><a href='https://console.aws.amazon.com/support/feedback?c=%s&r=yes'>Yes</a> | <a href='https://console.aws.amazon.com/support/feedback?c=%s&r=no'>No</a></p>"
  "<p style='font-size:11px'>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. "
  "To respond to this case, please follow the link below:<br>https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</p></body></html>" % (C5, C5, C5),
  thread=C5, note="console resolution with rating footer (HTML-only)")

# ---------------------------------------------------------------- JP case C6 + duplicate C10
d50 = datetime(2025, 3, 24, 3, 12, tzinfo=UTC)
m("acknowledgement", False, C6, d50, tc("Amazon Web Services"), ME_P,
  "[CASE %s] [AWS Training and Certification Form Submission] - certification" % C6,
  "お客様\n\nお問い合わせありがとうございます。ケース %s を作成しました。\n\n"
  "内容: 2019年に受験したはずの試験が、統合後の試験履歴に表示されていません。\n\n"
  "担当者から通常24時間以内にご連絡します。同じお問い合わせで重複してケースを作成しないようお願いいたします。\n\nAmazon Web Services\n" % C6,
  cs="shift_jis", cte="8bit", hcs="iso-2022-jp", thread=C6, note="Shift_JIS 8bit ack")
d51 = datetime(2025, 3, 25, 13, 5, tzinfo=UTC)
m("case_update", False, C10, d51, tc("AWS トレーニングと認定"), ME_P, subj_tc(C10, "certification"),
  "小山田様\n\nお問い合わせいただきありがとうございます。\n\n本ケースは、既にお受けしているケース %s と同一の内容と確認いたしましたので、重複として本ケースはクローズさせていただきます。"
  "引き続き、ケース %s にて対応させていただきます。本ケースにつきましてお客様にご対応いただくことはございません。\n" % (C6, C6) + SIG_JP,
  cs="iso-2022-jp", cte="7bit", thread=C10, note="STRESS: Japanese duplicate closed, no action")
d52 = datetime(2025, 3, 26, 2, 30, tzinfo=UTC)
t52 = ("小山田様\n\nAWS トレーニングと認定サポートの佐々木でございます。\n\n試験履歴の件、確認いたしました。統合元のアカウントには2019年の受験記録が見当たらず、別のアカウントで受験されている可能性がございます。\n\n"
       "お手数ではございますが、2019年当時ご登録されていたメールアドレスと、おおよその受験日をお知らせいただけますでしょうか。\n" + SIG_JP)
m("info_request", True, C6, d52, tc("AWS トレーニングと認定"), ME_P, subj_tc(C6, "certification"), t52, cte="base64", thread=C6,
  note="keigo いただけますでしょうか after explanation")
d53 = datetime(2025, 3, 26, 20, 14, tzinfo=JST)
t53 = "佐々木様\n\nご連絡ありがとうございます。\n当時のアドレスは kenta_o@hotmail.com、受験日は2019年11月頃です。候補IDは %s だったと思います。\n\nよろしくお願いいたします。\n小山田\n" % H_ID
m("user_reply", False, C6, d53, ME_P, tc("AWS トレーニングと認定"), subj_tc(C6, "certification"), t53,
  q=jq(d52, "AWS トレーニングと認定 <%s>" % TCF, t52), cte="base64", thread=C6, note="owner's Japanese reply")
d54 = datetime(2025, 3, 28, 1, 40, tzinfo=UTC)
t54 = ("小山田様\n\nお待たせいたしました。ご提供いただいた情報をもとに、%s の2019年の受験記録を現在のアカウントへ反映いたしました。\n\n"
       "恐れ入りますが、認定アカウントの試験履歴をご確認のうえ、正しく表示されているかどうかを本メールへのご返信にてお知らせいただけますでしょうか。"
       "ご確認が取れ次第、本ケースをクローズさせていただきます。\n" % H_ID + SIG_JP)
m("info_request", True, C6, d54, tc("AWS トレーニングと認定"), ME_P, subj_tc(C6, "certification"), t54,
  q=jq(d53, "Kenta Oyamada <%s>" % ME_P[1], t53), thread=C6, note="STRESS: JP work done + must report the check back")
d56 = datetime(2025, 3, 28, 21, 3, tzinfo=JST)
t56 = "佐々木様\n\n確認しました。2019年のクラウドプラクティショナーの記録が表示されています。ありがとうございました。\n\n小山田\n"
m("user_reply", False, C6, d56, ME_P, tc("AWS トレーニングと認定"), subj_tc(C6, "certification"), t56,
  q=jq(d54, "AWS トレーニングと認定 <%s>" % TCF, t54), thread=C6, note="owner confirms")
d57 = datetime(2025, 3, 31, 0, 45, tzinfo=UTC)
m("resolved", False, C6, d57, tc("AWS トレーニングと認定"), ME_P, subj_tc(C6, "certification"),
  "小山田様\n\nご確認いただき、誠にありがとうございます。正しく反映されていることを確認できましたので、本ケースはクローズとさせていただきます。\n\n"
  "今後ご不明な点がございましたら、お気軽にお問い合わせくださいませ。\n" + SIG_JP, q=jq(d56, "Kenta Oyamada <%s>" % ME_P[1], t56),
  cs="iso-2022-jp", cte="7bit", thread=C6, note="STRESS: JP keigo closing after confirmed fix; 〜がございましたら is conditional")

# ---------------------------------------------------------------- AWS Educate (other program) + JP case C7
d = datetime(2025, 3, 31, 6, 20, tzinfo=UTC)
m("unrelated", False, None, d, ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
  "RE:[CASE %s] [AWS Educate Form Submission] - classroom-access" % CE,
  "Hello Kenta,\n\nI've restored access to the classroom for your study group. Can you confirm the students can sign in now? "
  "If we don't hear back within 5 days we'll assume all is well and close the case.\n\nThanks,\nAWS Educate Support\n", cte="7bit",
  note="other AWS program's form case asking a question - not a T&C case")
d59 = datetime(2025, 4, 2, 5, 31, tzinfo=UTC)
m("acknowledgement", False, C7, d59, tc(), ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C7,
  "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s.\n\nThe details of your case are as follows:\n\n"
  "Case ID: %s\nCorrespondence: 認定通知のメールがまだ旧会社アドレス宛てに送られているようです。個人アドレスへ変更してください。\n\n"
  "We usually reply within 24 hours.\n\nAmazon Web Services\n" % (C7, C7), cte="quoted-printable", thread=C7, note="ack with Japanese form text")
d60 = datetime(2025, 4, 3, 2, 18, tzinfo=UTC)
t60 = ("小山田様\n\nお問い合わせいただきありがとうございます。\n\n認定関連の通知先メールアドレスを kenta.oyamada.jp@gmail.com に変更いたしました。\n\n"
       "なお、トレーニング関連の通知先は、現在も旧アドレスのままとなっております。こちらも同じアドレスに変更してよろしいでしょうか。"
       "ご希望をお聞かせいただけましたら、すぐに対応いたします。\n" + SIG_JP)
m("info_request", True, C7, d60, tc("AWS トレーニングと認定"), ME_P, subj_tc(C7), t60, cs="utf-8", cte="quoted-printable", thread=C7,
  note="STRESS: JP partial completion + a yes/no question that must be answered")
d62 = datetime(2025, 4, 8, 1, 0, tzinfo=UTC)
t62 = ("小山田様\n\n4月3日にお送りしたトレーニング通知先の変更に関するご確認について、まだご返信をいただけておりません。\n\n"
       "3営業日以内にご返信がない場合、本ケースはクローズさせていただきますので、あらかじめご了承ください。引き続き対応をご希望の場合は、本メールにご返信くださいますようお願い申し上げます。\n" + SIG_JP)
m("closing_notice", True, C7, d62, tc("AWS トレーニングと認定"), ME_P, subj_tc(C7), t62, q=jq(d60, "AWS トレーニングと認定 <%s>" % TCF, t60),
  cs="iso-2022-jp", cte="7bit", thread=C7, note="STRESS: JP closing notice for an unanswered question")
d = datetime(2025, 4, 8, 6, 3, tzinfo=UTC)
m("unrelated", False, None, d, ("Amazon Web Services", CON), ME_P, "Amazon Web Services: New Support case: %s" % CB,
  "Dear Customer,\n\nWe have opened case %s on your behalf.\n\nSubject: Question about a charge for Amazon Route 53\nCategory: Account and billing\n\n"
  "You can view the case and add correspondence in the Support Center.%s" % (CB, CON_FOOT % CB), cte="7bit",
  note="console case about billing - same sender/template as a T&C console case, but not T&C (case labelled null)")
d63 = datetime(2025, 4, 8, 19, 30, tzinfo=JST)
t63 = "佐々木様\n\nご連絡が遅くなり申し訳ございません。トレーニング通知先も個人アドレスへの変更をお願いいたします。\n\n小山田\n"
m("user_reply", False, C7, d63, ME_P, tc("AWS トレーニングと認定"), subj_tc(C7), t63, q=jq(d62, "AWS トレーニングと認定 <%s>" % TCF, t62),
  thread=C7, note="owner answers")
d64 = datetime(2025, 4, 9, 0, 50, tzinfo=UTC)
m("resolved", False, C7, d64, tc("AWS トレーニングと認定"), ME_P, subj_tc(C7),
  "小山田様\n\nご返信ありがとうございます。トレーニング関連の通知先も kenta.oyamada.jp@gmail.com に変更いたしました。\n\n"
  "特にご連絡がございませんでしたら、5営業日後に本ケースをクローズさせていただきます。\n" + SIG_JP, q=jq(d63, "Kenta Oyamada <%s>" % ME_P[1], t63),
  cs="iso-2022-jp", cte="7bit", thread=C7, note="STRESS: JP 'unless we hear from you we close' after completion - courtesy")
d = datetime(2025, 4, 19, 9, 0, tzinfo=UTC)
m("certification", False, None, d, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Congratulations on recertifying your AWS Certification!",
  None, html="<html><body><p>Dear Kenta Oyamada,</p><p>You have recertified <b>AWS Certified Solutions Architect - Associate</b> by passing SAP-C02. "
  "Your new expiration date is 2028-04-19.</p><p>Candidate ID: %s</p><p>AWS Training and Certification</p></body></html>" % P_ID,
  note="recertification, HTML-only, candidate ID")

# ---------------------------------------------------------------- SME case C8 + duplicate C11
d67 = datetime(2025, 4, 20, 8, 15, 30, tzinfo=UTC)
m("acknowledgement", False, C8, d67, tc(), ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - certification" % C8,
  "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s.\n\nThe details of your case are as follows:\n\n"
  "Case ID: %s\nCorrespondence: After my accounts were merged I can no longer reach the Certification SME program portal.\n\n"
  "Please allow up to 24 hours for a response and avoid opening additional cases for this request.\n\nAmazon Web Services\n%s" % (C8, C8, TC_FOOT),
  cte="7bit", thread=C8, note="ack")
d68 = datetime(2025, 4, 21, 2, 0, tzinfo=UTC)
m("case_update", False, C11, d68, tc(), ME_P, subj_tc(C11, "certification"),
  "Hi Kenta,\n\nThis looks like the same SME portal question as case %s, so I've closed this one and linked it there.\n\n"
  "If it was actually about something different, reply here and tell us what you need and we'll reopen it.\n\nThanks,\nMateo\nAWS T&C Support\n" % C8,
  cte="7bit", thread=C11, note="STRESS: duplicate closed with a conditional 'if it was different, reply' - no reply needed")
d69 = datetime(2025, 4, 21, 6, 30, tzinfo=UTC)
t69 = ("Hi Kenta,\n\nThe SME program uses its own profile, and it was linked to the account that no longer exists after the merge. "
       "To find the right profile, the program team needs the date you received your SME invitation and the email address it was sent to.\n" + SIG_MATEO)
m("info_request", True, C8, d69, tc(), ME_P, subj_tc(C8, "certification"), t69, cte="7bit", thread=C8,
  note="request phrased as 'the team needs...' - no please, no question mark")
d70 = datetime(2025, 4, 29, 3, 0, tzinfo=UTC)
t70 = ("Hello,\n\nWe closed case %s today because we didn't receive the information requested on 21 April.\n\n"
       "If you still need help, reply to this email within 14 days and the case will reopen automatically with its history.\n\nAWS Training and Certification\n" % C8)
m("closing_notice", True, C8, d70, tc(), ME_P, subj_tc(C8, "certification"), t70, q=gq(d69, "Amazon Web Services <%s>" % TCF, t69), thread=C8,
  note="closed for no answer, reply reopens")
d71 = datetime(2025, 4, 29, 22, 10, tzinfo=JST)
t71 = "Hi Mateo,\n\nSorry, I missed your mail during Golden Week. The SME invitation came on 14 June 2024 to k.oyamada@seiran-tech.co.jp.\n\nKenta\n"
m("user_reply", False, C8, d71, ME_P, tc(), subj_tc(C8, "certification"), t71, q=gq(d70, "Amazon Web Services <%s>" % TCF, t70), thread=C8, note="owner answers late")
d72 = datetime(2025, 4, 30, 1, 20, tzinfo=UTC)
m("case_update", False, C8, d72, tc(), ME_P, subj_tc(C8, "certification"),
  "Hi Kenta,\n\nNo problem - your case is open again. I've passed the details to the SME program team, who will re-link your profile. I'll let you know when they're done.\n" + SIG_MATEO,
  cte="7bit", thread=C8, note="reopened + passed to another team")
d73 = datetime(2025, 5, 2, 4, 45, tzinfo=UTC)
t73 = ("Hi Kenta,\n\nThe SME program team has re-linked your profile to kenta.oyamada.jp@gmail.com.\n\n"
       "Can you sign in to the SME portal and let me know whether it works now? Either way, please drop me a line - "
       "if it still fails I'll need the error message, and if it works I'll close the case.\n" + SIG_MATEO)
m("info_request", True, C8, d73, tc(), ME_P, subj_tc(C8, "certification"), t73, q=gq(d71, "Kenta Oyamada <%s>" % ME_P[1], t71), thread=C8,
  note="STRESS: 'does it work now?' with explicit 'either way, please write'")
d74 = datetime(2025, 5, 2, 20, 2, tzinfo=JST)
t74 = "Works now, thanks Mateo!\n"
m("user_reply", False, C8, d74, ME_P, tc(), subj_tc(C8, "certification"), t74, q=gq(d73, "Amazon Web Services <%s>" % TCF, t73), thread=C8, note="one-line top-post")
d75 = datetime(2025, 5, 3, 0, 30, tzinfo=UTC)
m("resolved", False, C8, d75, tc(), ME_P, subj_tc(C8, "certification"),
  "Hi Kenta,\n\nGlad to hear it. I've marked the case as resolved - no further action is required.\n\n"
  "We value your feedback. Please share your experience by rating this correspondence: https://survey.aws.amazon.com/s/tc?c=%s\n" % C8 + SIG_MATEO,
  q=gq(d74, "Kenta Oyamada <%s>" % ME_P[1], t74), cte="quoted-printable", thread=C8, note="resolved + rating line in body")
d = datetime(2025, 5, 4, 16, 0, tzinfo=timezone(timedelta(hours=10)))
m("unrelated", False, None, d, ("Atlassian Support", "support@atlassian.com"), ME_P, "Re: [JST-88213] Confluence space export fails",
  "Hi Kenta,\n\nWe haven't heard back from you for a while, so we'll close this request in 5 days. If you still need help, just reply and it will reopen.\n\n"
  "Cheers,\nLiam | Atlassian Support\n", cte="7bit", note="other vendor closing notice")

# ---------------------------------------------------------------- name case C9
d77 = datetime(2025, 5, 6, 2, 10, 30, tzinfo=UTC)
m("acknowledgement", False, C9, d77, tc(), ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - certification" % C9,
  "Hello,\n\nWe have opened case %s.\n\nThe details of your case are as follows:\n\nCase ID: %s\nCorrespondence: My new certificates show a different name format than before.\n\n"
  "Our team usually answers within 24 hours.\n\nAmazon Web Services\n" % (C9, C9), cte="7bit", thread=C9, note="ack")
d78 = datetime(2025, 5, 7, 1, 2, tzinfo=UTC)
t78 = ("Hi Kenta,\n\nThe merge brought two name records into your account: \"Kenta Oyamada\" (from your personal account) and \"OYAMADA KENTA\" "
       "(from the former company account). New certificates currently use the second one.\n\n"
       "Which format would you like us to keep going forward?\n\n  1) Kenta Oyamada\n  2) OYAMADA KENTA\n\n"
       "I'll update the profile as soon as I know.\n\nKind regards,\nSofia M.\nAWS Training and Certification\n")
m("info_request", True, C9, d78, tc(), ME_P, subj_tc(C9, "certification"), t78, cte="base64", thread=C9,
  note="STRESS: which name/spelling do you want - an info request, not a merge confirmation")
d79 = datetime(2025, 5, 12, 23, 15, tzinfo=UTC)
t79 = ("Hi Kenta,\n\nI haven't heard which name format you'd like. If there's no answer within 3 business days, I'll close this case and the certificates will keep showing \"OYAMADA KENTA\". "
       "Just reply with 1 or 2 to keep it open.\n\nKind regards,\nSofia M.\n")
m("closing_notice", True, C9, d79, tc(), ME_P, subj_tc(C9, "certification"), t79, q=gq(d78, "Amazon Web Services <%s>" % TCF, t78),
  cte="quoted-printable", crlf=True, thread=C9, note="STRESS: closing notice with the question restated")
d80 = datetime(2025, 5, 13, 8, 40, tzinfo=JST)
t80 = "1) please - Kenta Oyamada.\n\nKenta\n"
m("user_reply", False, C9, d80, ME_P, tc(), subj_tc(C9, "certification"), t80, q=gq(d79, "Amazon Web Services <%s>" % TCF, t79), thread=C9, note="short answer")
d81 = datetime(2025, 5, 13, 3, 20, tzinfo=UTC)
m("resolved", False, C9, d81, tc(), ME_P, subj_tc(C9, "certification"),
  "Hi Kenta,\n\nDone: your profile and all certificates now use \"Kenta Oyamada\". I'm setting this case to resolved. "
  "If something doesn't look right, a reply within 14 days will reopen it; after that please open a new case.\n\nKind regards,\nSofia M.\n",
  html="<html><body><p>Hi Kenta,</p><p>Done: your profile and all certificates now use &quot;Kenta Oyamada&quot;. I'm setting this case to resolved. "
  "If something doesn't look right, a reply within 14 days will reopen it; after that please open a new case.</p><p>Kind regards,<br>Sofia M.</p></body></html>",
  q=gq(d80, "Kenta Oyamada <%s>" % ME_P[1], t80), thread=C9, note="resolved with reopen window (not a closing notice)")


# ---------------------------------------------------------------- added: dup link on C2, JP final close on C7, voucher case C12 + dup C13
d = datetime(2025, 3, 3, 5, 10, tzinfo=UTC)
m("case_update", False, C2, d, tc(), ME_P, subj_tc(C2),
  "Hello Kenta,\n\nFor your information: the two forms you submitted on 2 March (cases %s and %s) have been linked to this case and closed. "
  "Everything about the merge will be handled here from now on, so please keep replying on this thread only.\n\nBest,\nHannah R.\n" % (C3, C4),
  cte="7bit", thread=C2, note="STRESS: duplicates linked, told on the original case; 'keep replying on this thread' is guidance, not a question")
d = datetime(2025, 4, 16, 0, 5, tzinfo=UTC)
m("resolved", False, C7, d, tc("AWS トレーニングと認定"), ME_P, subj_tc(C7),
  "小山田様\n\n先日ご案内のとおり、本日をもちまして本ケースをクローズいたしました。\n"
  "このたびはAWS トレーニングと認定をご利用いただき、誠にありがとうございました。今後とも何卒よろしくお願い申し上げます。\n" + SIG_JP,
  cs="shift_jis", cte="base64", hcs="iso-2022-jp", thread=C7, note="STRESS: JP 'case was closed' after completion - not a closing notice (no unanswered question)")
d = datetime(2025, 5, 20, 4, 33, 40, tzinfo=UTC)
m("acknowledgement", False, C12, d, tc(), ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - certification" % C12,
  "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s.\n\nThe details of your case are as follows:\n\nCase ID: %s\n"
  "Correspondence: The 50%% discount code from my benefits is rejected at checkout (candidate %s).\n\nWe usually reply within 24 hours. "
  "Please don't open a second case for the same issue.\n\nAmazon Web Services\n" % (C12, C12, P_ID), cte="7bit", thread=C12, note="ack with candidate ID in the echoed form text")
d = datetime(2025, 5, 20, 9, 5, tzinfo=UTC)
m("info_request", True, C13, d, tc("AWS トレーニングと認定"), ME_P, subj_tc(C13, "certification"),
  "小山田様\n\nお問い合わせいただきありがとうございます。\n\n本ケースは、直前にお受けしたケース %s と同じ内容でございましたので、そちらに統合のうえ、本ケースはクローズとさせていただきました。\n\n"
  "なお、バウチャーを再発行するにあたり、ご利用予定の試験名を確認させていただく必要がございます。お手数をおかけいたしますが、ケース %s のメールにご返信いただく形で、試験名をお知らせくださいますようお願い申し上げます。\n" % (C12, C12) + SIG_JP,
  cs="iso-2022-jp", cte="7bit", thread=C13, note="STRESS: JP duplicate closed but an answer is still owed (on the original case)")
d = datetime(2025, 5, 20, 21, 2, tzinfo=JST)
m("user_reply", False, C12, d, ME_P, tc(), subj_tc(C12, "certification"),
  "佐々木様\n\nご連絡ありがとうございます。受験予定の試験は AWS Certified DevOps Engineer - Professional (DOP-C02) です。\nよろしくお願いいたします。\n\n小山田\n",
  cte="base64", thread=C12, note="owner answers on the original case as told")
d = datetime(2025, 5, 21, 2, 44, tzinfo=UTC)
m("resolved", False, C12, d, tc("AWS トレーニングと認定"), ME_P, subj_tc(C12, "certification"),
  "小山田様\n\nご回答いただきありがとうございます。DOP-C02 でご利用いただける50%割引バウチャーを再発行し、認定アカウントの「特典」に追加いたしました。\n\n"
  "お手数ですが、次回お申し込みの際にご確認のほどよろしくお願いいたします。なお、本メールへのご返信は不要でございます。\n" + SIG_JP,
  cs="utf-8", cte="base64", thread=C12,
  note="STRESS: JP completion with ご確認のほどよろしくお願いいたします (check it yourself, no report) + explicit 'no reply needed'")


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    cnt = Counter()
    MSGS.sort(key=lambda x: x["dt"])
    for i, x in enumerate(MSGS):
        x["n"] = i + 1
    for x in MSGS:
        base = os.path.join(HERE, "%03d-msg" % x["n"])
        with open(base + ".eml", "wb") as fh:
            fh.write(x["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(x["label"], fh, ensure_ascii=False)
            fh.write("\n")
        cnt[x["label"]["kind"]] += 1
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("needs_reply true       %d" % sum(1 for x in MSGS if x["label"]["needs_reply"]))
    if os.environ.get("DUMP_TABLE"):
        for x in MSGS:
            l = x["label"]
            print("| %03d | %s | %s | %s | %s |" % (x["n"], l["kind"], "yes" if l["needs_reply"] else "no", l["case"] or "-", x["note"]))

if __name__ == "__main__":
    main()

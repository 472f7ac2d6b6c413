#!/usr/bin/env python3
"""Blind corpus generator (blind-170). Standard library only.
Writes NNN-msg.eml + NNN-msg.json next to this script, in mailbox arrival order."""
import base64, hashlib, json, os, quopri, sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
J = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-7))

ME_NAME = "Kenji Tanabe"
ME_P = "kenji.tanabe.k@gmail.com"           # personal
ME_C = "kenji.tanabe@nexora-sys.co.jp"      # company (APN partner, closes 2025-03-31)
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CA = "174169692038214"   # merge company -> personal (APN hold)
CB = "174169842091077"   # duplicate form of CA
CC = "12873354901"       # console case: benefit voucher missing
CE = "174208770055602"   # Credly badge missing, filed from wrong address
CD = "174244350017493"   # name romanisation on certificate (Japanese support)
CF = "174294660048820"   # voucher after Pearson VUE outage, closing + reopen
CG = "174419400062135"   # notification address change (Japanese)
CH = "174533100029506"   # second merge: duplicate account same e-mail (JP confirm)

OLD_ID = "AWS04417293"
NEW_ID = "AWS11820546"
DUP_ID = "AWS19033871"

MSGS = []
_n = [0]


def d(s, tz=J):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def mid(domain):
    _n[0] += 1
    h = hashlib.sha1(("blind170-%d" % _n[0]).encode()).hexdigest()
    if domain == "amazon.com":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:17], h[17:21])
    if domain == "gmail.com":
        return "<CAH%s+%s@mail.gmail.com>" % (h[:18].upper(), h[18:30])
    if domain == "nexora-sys.co.jp":
        return "<TY%sPR01MB%s@TY3PR01MB.jpnprd01.prod.outlook.com>" % (h[:6].upper(), h[6:14].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


# ---------------------------------------------------------------- MIME nodes
def leaf(text, subtype="plain", charset="utf-8", cte="base64"):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    hdr = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
           ("Content-Transfer-Encoding", cte)]
    return hdr, body


def multi(subtype, parts, boundary):
    out = [b"This is a multi-part message in MIME format.", b""]
    for hdr, body in parts:
        out.append(("--" + boundary).encode())
        for k, v in hdr:
            out.append(("%s: %s" % (k, v)).encode())
        out.append(b"")
        out.append(body.rstrip(b"\n"))
    out.append(("--" + boundary + "--").encode())
    out.append(b"")
    return [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], b"\n".join(out)


def alt(text, html, charset="utf-8", cte="quoted-printable", b="alt"):
    bnd = "----=_Part_%s_%d" % (b, len(MSGS) + 1000)
    return multi("alternative", [leaf(text, "plain", charset, cte), leaf(html, "html", charset, cte)], bnd)


def hname(name, addr, charset="utf-8"):
    if name is None:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def hsubj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def auth(to, domain, ok=True, mailfrom=None):
    mailfrom = mailfrom or ("bounces." + domain if ok else domain)
    if to.endswith("gmail.com"):
        if ok:
            return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s2048 header.b=Qm7xZ1aB;\n"
                    "       spf=pass (google.com: domain of %s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (domain, mailfrom, mailfrom, domain))
        return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s2048 header.b=Xx09pLmq;\n"
                "       spf=softfail (google.com: domain of transitioning %s does not designate 185.212.47.19 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (domain, mailfrom, mailfrom, domain))
    return ("spf=pass (sender IP is 54.240.27.11)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (mailfrom, domain, domain))


def add(kind, needs, case, cands, *, date, frm, to, subject, node, cc=None, irt=None, refs=None,
        auth_dom=None, auth_ok=True, mailfrom=None, extra=(), crlf=False, scharset="utf-8",
        fcharset="utf-8", msgid=None, outgoing=False):
    fname, faddr = frm
    dom = faddr.split("@")[1]
    m = msgid or mid("amazon.com" if dom == "amazon.com" else dom)
    to_addr = to[1] if isinstance(to, tuple) else to
    hdr = []
    if not outgoing:
        hdr.append(("Delivered-To", to_addr))
        hdr.append(("Received", "from %s (%s [54.240.8.%d])\n        by %s with ESMTPS id x%d;\n        %s"
                    % ("a8-21.smtp-out.amazonses.com" if dom == "amazon.com" else "mail." + dom,
                       "mail." + dom, 20 + len(MSGS) % 200,
                       "mx.google.com" if to_addr.endswith("gmail.com") else "TYCP286MB2130.JPNP286.PROD.OUTLOOK.COM",
                       len(MSGS) + 1, format_datetime(date.astimezone(UTC)))))
        if auth_dom:
            hdr.append(("Authentication-Results", auth(to_addr, auth_dom, auth_ok, mailfrom)))
    hdr.append(("Date", format_datetime(date)))
    hdr.append(("From", hname(fname, faddr, fcharset)))
    if isinstance(to, tuple):
        hdr.append(("To", hname(to[0], to[1], fcharset)))
    else:
        hdr.append(("To", to))
    if cc:
        hdr.append(("Cc", cc))
    hdr.append(("Subject", hsubj(subject, scharset)))
    hdr.append(("Message-ID", m))
    if irt:
        hdr.append(("In-Reply-To", irt))
        hdr.append(("References", " ".join(refs or [irt])))
    for k, v in extra:
        hdr.append((k, v))
    hdr.append(("MIME-Version", "1.0"))
    nh, body = node
    hdr.extend(nh)
    lines = []
    for k, v in hdr:
        lines.append(("%s: %s" % (k, v)).encode("ascii"))
    raw = b"\n".join(lines) + b"\n\n" + body.rstrip(b"\n") + b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((raw, {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}))
    return m


# ---------------------------------------------------------------- quoting
def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gmail_attr(dt, name, addr):
    h = dt.strftime("%I").lstrip("0")
    return "On %s, %s at %s:%s %s %s <%s> wrote:" % (dt.strftime("%a"), dt.strftime("%b %d, %Y").replace(" 0", " "),
                                                     h, dt.strftime("%M"), dt.strftime("%p"), name, addr)


def jp_attr(dt, name, addr):
    return "%d年%d月%d日(%s) %s %s <%s>:" % (dt.year, dt.month, dt.day, "月火水木金土日"[dt.weekday()],
                                          dt.strftime("%H:%M"), name, addr)


def outlook(frm, dt, to, subj, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, dt.strftime("%A, %B %d, %Y %I:%M %p"), to, subj, text))


def tc_subj(c, re="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, c)


TCF = ("Amazon Web Services", TC)
TCJ = ("アマゾン ウェブ サービス", TC)
AWSC = ("Amazon Web Services", CONSOLE)
TOP = (ME_NAME, ME_P)
TOC = (ME_NAME, ME_C)

CONSOLE_FOOT = ("\n\nTo see all correspondence or add a reply, sign in to the AWS Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                "Note: this mailbox is not monitored and messages sent to it are not delivered to the support team.\n\n"
                "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
                "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")

# =============================================================== messages
# 001 GitHub merged
add("unrelated", False, None, [], date=d("2025-03-10 10:02:11"), frm=("Aya Koizumi", "notifications@github.com"),
    to=("nexora/infra-modules", "infra-modules@noreply.github.com"), subject="Re: [nexora/infra-modules] Bump aws provider to 5.90 (PR #412)",
    auth_dom="github.com", extra=[("List-ID", "nexora/infra-modules <infra-modules.nexora.github.com>"), ("X-GitHub-Reason", "author")],
    node=leaf("Merged #412 into main.\n\nCan we also drop the pinned version in modules/vpc? Not blocking, just a thought for the next PR.\n\n—\nReply to this email directly, view it on GitHub:\nhttps://github.com/nexora/infra-modules/pull/412#event-16628177\nYou are receiving this because you authored the thread.", cte="7bit"))

# 002 certification expiry
add("certification", False, None, [OLD_ID], date=d("2025-03-10 17:40:03", UTC), frm=("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, subject="Your AWS Certification expires in 90 days", auth_dom="certmetrics.com",
    node=alt("Hello Kenji Tanabe,\n\nCandidate ID: %s\n\nYour AWS Certified Solutions Architect - Associate certification expires on June 8, 2025.\n\n"
             "What are your options?\n- Take the current version of the exam.\n- Earn a higher-level certification in the same path, which recertifies this one.\n\n"
             "Sign in to your AWS Certification Account and open Certifications to review your status and any exam benefits you hold. "
             "Remember to use your 50%% discount before it expires.\n\nThis is an automated message. Replies to this address are not read.\n\nAWS Training and Certification" % OLD_ID,
             "<html><body><p>Hello Kenji Tanabe,</p><p><b>Candidate ID:</b> %s</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> certification expires on <b>June 8, 2025</b>.</p>"
             "<h3>What are your options?</h3><ul><li>Take the current version of the exam.</li><li>Earn a higher-level certification in the same path, which recertifies this one.</li></ul>"
             "<p><a href=\"https://www.aws.training/certification\">Sign in to your AWS Certification Account</a> and open Certifications to review your status and any exam benefits you hold. Remember to use your 50%% discount before it expires.</p>"
             "<p style=\"color:#888\">This is an automated message. Replies to this address are not read.</p></body></html>" % OLD_ID))

# 003 colleague, farewell party (ISO-2022-JP)
t003 = "田辺さん\n\nお疲れさまです。佐藤です。\n送別会の件、3/27(木)と3/28(金)のどちらが都合よいですか？\n場所は有楽町の例のお店で考えています。\n今日中にお返事もらえると助かります！\n\n佐藤 美咲\n株式会社ネクソラシステムズ クラウド推進部\n"
m003 = add("unrelated", False, None, [], date=d("2025-03-11 09:12:40"), frm=("佐藤 美咲", "misaki.sato@nexora-sys.co.jp"),
           to=("田辺 健二", ME_C), subject="送別会の日程について", scharset="iso-2022-jp", fcharset="iso-2022-jp",
           node=leaf(t003, charset="iso-2022-jp", cte="7bit"), crlf=True)

# 004 owner's reply to colleague
add("user_reply", False, None, [], date=d("2025-03-11 09:31:02"), frm=("田辺 健二", ME_C), to=("佐藤 美咲", "misaki.sato@nexora-sys.co.jp"),
    subject="RE: 送別会の日程について", irt=m003, outgoing=True,
    node=leaf("佐藤さん\n\nありがとうございます。28日(金)でお願いします。\n最終出社日なので、夕方以降なら何時でも大丈夫です。\n\n田辺\n\n"
              + jp_attr(d("2025-03-11 09:12:00"), "佐藤 美咲", "misaki.sato@nexora-sys.co.jp") + "\n" + q(t003), cte="quoted-printable"), crlf=True)

# 005 note to self
add("user_reply", False, None, [OLD_ID, NEW_ID], date=d("2025-03-11 12:48:19"), frm=("田辺 健二", ME_C), to=("Kenji Tanabe", ME_P),
    subject="メモ: AWS認定アカウント移行", outgoing=True,
    node=leaf("自分用メモ(退職前に個人アドレスへ転送)\n\n旧(会社): %s  %s\n新(個人): %s  %s\n\n"
              "取得済み: SAA (2022/06), DVA (2023/11)  ※SAAは6/8失効予定\n特典: 50%%割引バウチャー 1枚 (未使用)\nAPN: Nexora Systems K.K. に紐付いている\n\n"
              "TODO\n- 問い合わせフォームから統合を依頼する (統合先=個人)\n- 証明書PDFをダウンロード済み\n- 28日で会社メールは使えなくなる\n" % (ME_C, OLD_ID, ME_P, NEW_ID), cte="base64"))

# 006 Builder ID code
add("unrelated", False, None, [], date=d("2025-03-11 21:20:44"), frm=("AWS", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", auth_dom="signin.aws",
    node=alt("Hello,\n\nUse this code to finish verifying your email address: 604218\n\nThe code expires in 30 minutes.\n\nDidn't ask for this? You can safely ignore this email; nothing changes unless the code is entered.\n\nAmazon Web Services",
             "<div style='font-family:Arial'><p>Hello,</p><p>Use this code to finish verifying your email address:</p><p style='font-size:28px;letter-spacing:4px'><b>604218</b></p><p>The code expires in 30 minutes.</p><p>Didn't ask for this? You can safely ignore this email; nothing changes unless the code is entered.</p></div>"))

# 007 ack A (English, FAQ self-answered)
form_a = ("Use case: I am leaving Nexora Systems at the end of March and want my certifications to live on my personal account.\n"
          "Email addresses used: %s, %s\nEmail address to keep: %s\nAWS Candidate ID: %s" % (ME_C, ME_P, ME_P, OLD_ID))
t007 = ("Hello,\n\nThanks for reaching out to AWS Training and Certification. Your request is now case %s, and a member of our team will pick it up shortly.\n\n"
        "Here is what you submitted:\n\nInquiry type: Certification\nDetail: Account Merge\n%s\n\n"
        "What happens next?\n"
        "Do I need to reply to this email? No. An agent will write to you here, usually within one business day.\n"
        "Should I submit the form again if I don't hear back? Please don't: a second case for the same request goes to the back of the queue and slows both down.\n"
        "Can I add more details? Yes, any time — simply reply to this message and keep the case number in the subject line.\n\n"
        "Best regards,\nAWS Training and Certification Customer Support" % (CA, form_a))
m007 = add("acknowledgement", False, CA, [OLD_ID], date=d("2025-03-11 21:42:09"), frm=TCF, to=ME_P, subject=tc_subj(CA),
           auth_dom="amazon.com", node=leaf(t007, cte="quoted-printable"))

# 008 ack B (Japanese, duplicate form)
t008 = ("田辺 健二 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\nお問い合わせはケース番号 %s として受け付けました。\n\n"
        "担当者より通常1営業日以内にご連絡いたします。内容によってはお時間をいただく場合がございます。\n"
        "なお、同じご依頼で複数のケースが作成されますと対応が遅れる原因となります。既にお問い合わせ済みの場合は、新たなフォーム送信はお控えください。\n\n"
        "■ お問い合わせ内容\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
        "内容: 退職に伴い、会社アドレスの認定アカウントを個人アドレスのアカウントへ統合したいです。\n\n"
        "追加情報がございましたら、件名を変更せずに本メールへご返信ください。\n\nAWS トレーニングと認定 カスタマーサポート" % CB)
h008 = ("<html><body style='font-family:Meiryo,sans-serif'><p>田辺 健二 様</p><p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>お問い合わせはケース番号 <b>%s</b> として受け付けました。</p>"
        "<p>担当者より通常1営業日以内にご連絡いたします。内容によってはお時間をいただく場合がございます。<br>なお、同じご依頼で複数のケースが作成されますと対応が遅れる原因となります。既にお問い合わせ済みの場合は、新たなフォーム送信はお控えください。</p>"
        "<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th>お問い合わせタイプ</th><td>AWS トレーニングと認定</td></tr><tr><th>その他の詳細</th><td>アカウントの統合</td></tr>"
        "<tr><th>内容</th><td>退職に伴い、会社アドレスの認定アカウントを個人アドレスのアカウントへ統合したいです。</td></tr></table>"
        "<p>追加情報がございましたら、件名を変更せずに本メールへご返信ください。</p><p>AWS トレーニングと認定 カスタマーサポート</p></body></html>" % CB)
m008 = add("acknowledgement", False, CB, [], date=d("2025-03-11 22:07:31"), frm=TCJ, to=ME_P, subject=tc_subj(CB, "RE: "),
           auth_dom="amazon.com", node=alt(t008, h008, cte="base64"))

# 009 AWS marketing with rhetorical questions
add("unrelated", False, None, [], date=d("2025-03-12 02:15:00"), frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_C,
    subject="Is your team ready to build with generative AI?", auth_dom="amazon.com",
    node=alt("Still wondering where to start with generative AI? Not sure which model fits your workload?\n\nJoin AWS experts on March 25 for a 90-minute live session. Register today — seats are limited.\n\nRegister: https://aws.amazon.com/events/genai-builders-live/\n\nUnsubscribe: https://pages.awscloud.com/unsubscribe",
             "<html><body><h1>Is your team ready to build with generative AI?</h1><p>Still wondering where to start? Not sure which model fits your workload?</p><p>Join AWS experts on <b>March 25</b> for a 90-minute live session.</p><p><a href='https://aws.amazon.com/events/genai-builders-live/'>Register today</a> — seats are limited.</p><p style='font-size:10px'><a href='https://pages.awscloud.com/unsubscribe'>Unsubscribe</a></p></body></html>"))

# 010 case_update B: closed as duplicate
add("case_update", False, CB, [], date=d("2025-03-12 10:31:55"), frm=TCF, to=ME_P, subject=tc_subj(CB), irt=m008, auth_dom="amazon.com",
    node=leaf("Hello Kenji,\n\nIt looks like this request was sent to us twice. The earlier submission, case %s, already covers the account merge, so I have closed this one and linked the two.\n\n"
              "There is nothing you have to do about this message. Everything from here on will happen under case %s — if you write to us later, reply on that thread instead of this one.\n\n"
              "Kind regards,\nTomasz\nAWS Training and Certification" % (CA, CA), cte="7bit"))

# 011 AWS Educate case ack (other program)
m011 = add("unrelated", False, None, [], date=d("2025-03-12 13:05:12"), frm=("Amazon Web Services", "aws-cs-educate-form@amazon.com"), to=ME_P,
           subject="RE:[CASE 174175590088310] [AWS Educate Form Submission] - student-access", auth_dom="amazon.com",
           node=leaf("Hello,\n\nThank you for contacting AWS Educate. We have opened case 174175590088310 for your request about student access for the Kanto university study group.\n\n"
                     "We usually respond within 2 business days. If you need to add anything, reply to this email.\n\nAWS Educate Support", cte="quoted-printable"))

# 012 on_hold A with buried question
t012 = ("Hi Kenji,\n\nThank you for your patience. I'm Marisol and I'll be handling your merge request.\n\n"
        "While reviewing the accounts, I found that the certification account registered to %s is associated with an AWS Partner Network organization (Nexora Systems K.K.). "
        "Certifications on a partner-associated account count toward the partner's program tiers, so we cannot move them while that association is in place. "
        "I have contacted the partner's administrator to request the release, and the case is on hold until they respond.\n\n"
        "One thing on your side: are you still employed by Nexora Systems, and if you are leaving, what is your last working day? We record this on the case because it changes how the partner release is handled.\n\n"
        "I'll keep an eye on this and update you as soon as the partner acts.\n\nBest regards,\nMarisol R.\nAWS Training and Certification" % ME_C)
h012 = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t012.split("\n\n")) + "</body></html>"
d012 = d("2025-03-12 16:20:47")
m012 = add("on_hold", True, CA, [], date=d012, frm=TCF, to=ME_P, subject=tc_subj(CA), irt=m007, auth_dom="amazon.com", node=alt(t012, h012))

# 013 user reply A
t013 = ("Hi Marisol,\n\nYes, I'm still at Nexora Systems until March 28, 2025 — that is my last working day. The company address will stop working after the 31st, so please keep writing to this personal address.\n\nThanks,\nKenji Tanabe")
d013 = d("2025-03-12 19:03:22")
m013 = add("user_reply", False, CA, [], date=d013, frm=TOP, to=TCF[1], subject=tc_subj(CA), irt=m012, refs=[m007, m012], outgoing=True,
           node=leaf(t013 + "\n\n" + gmail_attr(d012, "Amazon Web Services", TC) + "\n" + q(t012), cte="quoted-printable"), msgid=mid("gmail.com"))

# 014 Pearson VUE appointment (exam vendor)
add("unrelated", False, None, [], date=d("2025-03-12 20:44:10"), frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P,
    subject="Confirmation of your AWS Certification exam appointment", auth_dom="pearson.com",
    node=alt("Dear Kenji Tanabe,\n\nThank you for scheduling with Pearson VUE.\n\nExam: AWS Certified Developer - Associate (DVA-C02)\nDate: Tuesday, March 25, 2025, 10:00 JST\nDelivery: OnVUE online proctored\nRegistration number: 412209876\n\n"
             "Need to reschedule or cancel? Do it at least 24 hours before the appointment from your profile page.\nWhat should you prepare? Run the system test and clear your desk before check-in.\n\nPearson VUE",
             "<html><body><p>Dear Kenji Tanabe,</p><p>Thank you for scheduling with Pearson VUE.</p><table><tr><td>Exam</td><td>AWS Certified Developer - Associate (DVA-C02)</td></tr><tr><td>Date</td><td>Tuesday, March 25, 2025, 10:00 JST</td></tr><tr><td>Delivery</td><td>OnVUE online proctored</td></tr><tr><td>Registration number</td><td>412209876</td></tr></table>"
             "<p>Need to reschedule or cancel? Do it at least 24 hours before the appointment from your profile page.</p><p>What should you prepare? Run the system test and clear your desk before check-in.</p></body></html>"))

# 015 on_hold A #2 — FAQ style, no ask; quoted history includes the old question
d015 = d("2025-03-13 11:15:06")
t015 = ("Hi Kenji,\n\nThanks for confirming your last day. I've noted March 28 on the case and passed it to the partner administrator along with our release request.\n\n"
        "Your case stays on hold until the partner responds. A few things people usually ask at this stage:\n\n"
        "Why is my case on hold? Because the older account still belongs to Nexora Systems' partner profile. Only their administrator can release it.\n"
        "Do I need to contact my company myself? Not unless you want to speed things up — we've already reached out.\n"
        "Can I still book or take exams? Yes. Anything you take now will come across with the merge.\n"
        "What if the partner doesn't answer? After your last day the association lapses on its own, and we can proceed.\n\n"
        "I'll write again by March 20 at the latest.\n\nBest regards,\nMarisol R.\nAWS Training and Certification")
m015 = add("on_hold", False, CA, [], date=d015, frm=TCF, to=ME_P, subject=tc_subj(CA), irt=m013, refs=[m007, m012, m013], auth_dom="amazon.com",
           node=leaf(t015 + "\n\n---------- Previous correspondence ----------\n\n" + gmail_attr(d013, ME_NAME, ME_P) + "\n" + q(t013)
                     + "\n\nOn 3/12/2025, Marisol R. wrote:\n" + q(t012), cte="quoted-printable"))

# 016 colleague handover request (English, direct asks)
m016 = add("unrelated", False, None, [], date=d("2025-03-13 14:02:33"), frm=("Daniel Okafor", "daniel.okafor@nexora-sys.co.jp"), to=ME_C,
           subject="DR drill runbook before you go", node=leaf("Hi Kenji,\n\nCould you send me the DR drill runbook and the list of IAM roles you own before Friday? "
                                                               "Also, do you know who has the root MFA token for the sandbox account?\n\nThanks,\nDaniel", cte="7bit"), crlf=True)

# 017 AWS billing
add("unrelated", False, None, [], date=d("2025-03-13 18:30:00"), frm=("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
    subject="Amazon Web Services Invoice Available [Account: 482910375566] [Invoice ID: JP25-1377042]", auth_dom="amazon.com",
    node=alt("Greetings from Amazon Web Services,\n\nYour invoice for account 482910375566 for the period February 1 - February 28, 2025 is available.\nTotal: USD 3.42\n\nView it in the Billing and Cost Management console. Questions about your bill? Open a billing case from the console.\n\nAmazon Web Services",
             "<html><body><p>Greetings from Amazon Web Services,</p><p>Your invoice for account <b>482910375566</b> for the period February 1 - February 28, 2025 is available.</p><p>Total: <b>USD 3.42</b></p><p>View it in the Billing and Cost Management console. Questions about your bill? Open a billing case from the console.</p></body></html>"))

# 018 console case C ack
t018 = ("Dear Kenji Tanabe,\n\nWe have received your request and opened case %s. Our team will review it and get back to you.\n\n"
        "Case ID: %s\nSubject: Certification benefit voucher not shown after recertification\nSeverity: General guidance\nCorrespondence: After recertifying SAA, the 50%% discount benefit is no longer listed on my Benefits page.\n\n"
        "You can add information to this case from the Support Center." % (CC, CC)) + CONSOLE_FOOT % CC
m018 = add("acknowledgement", False, CC, [], date=d("2025-03-14 08:55:40"), frm=AWSC, to=ME_P, subject="Amazon Web Services: New Support case: %s" % CC,
           auth_dom="amazon.com", node=leaf(t018, cte="quoted-printable"))

# 019 phishing lookalike
add("suspicious", False, None, [], date=d("2025-03-14 12:11:09"), frm=("AWS Training & Certification", "support@aws-certification-desk.com"), to=ME_P,
    subject="Action required before merge: verify accounts [CASE %s]" % CA, auth_dom="aws-certification-desk.com",
    node=alt("Dear Candidate,\n\nYour merge request is ready but both accounts must be verified within 24 hours or the request will be cancelled and your certifications may be suspended.\n\n"
             "Verify now: https://aws-certification-desk.com/verify?case=%s\n\nYou will be asked to sign in with your AWS Builder ID and password.\n\nAWS Training & Certification Team" % CA,
             "<html><body><p>Dear Candidate,</p><p>Your merge request is ready but both accounts must be verified <b>within 24 hours</b> or the request will be cancelled and your certifications may be suspended.</p>"
             "<p><a href='https://aws-certification-desk.com/verify?case=%s'>Verify now</a></p><p>You will be asked to sign in with your AWS Builder ID and password.</p></body></html>" % CA))

# 020 console info_request C
d020 = d("2025-03-15 03:12:00")
t020 = ("Hello Kenji,\n\nThanks for contacting AWS Training and Certification through the Support Center.\n\n"
        "Benefits normally reappear within 48 hours of recertification, so I looked at your account. To trace where the voucher went, please provide the following in the Support Center:\n\n"
        "1. The exam and date you recertified with\n2. A screenshot of your Benefits page as it looks now\n\n"
        "Note that replies sent to this email address are not received. Use the link below to respond.\n\nBest regards,\nHana\nAmazon Web Services")
m020 = add("info_request", True, CC, [], date=d020, frm=AWSC, to=ME_P, subject="RE:[CASE %s] Certification benefit voucher not shown after recertification" % CC,
           irt=m018, auth_dom="amazon.com", node=leaf(t020 + CONSOLE_FOOT % CC, cte="quoted-printable"))

# 021 user replies by e-mail anyway
d021 = d("2025-03-15 09:40:13")
m021 = add("user_reply", False, CC, [NEW_ID], date=d021, frm=TOP, to=CONSOLE, subject="Re: RE:[CASE %s] Certification benefit voucher not shown after recertification" % CC,
           irt=m020, refs=[m018, m020], outgoing=True, msgid=mid("gmail.com"),
           node=leaf("Hello Hana,\n\nI recertified with SAA-C03 on March 2, 2025. Candidate ID %s. Screenshot attached in the console as well.\n\nKenji\n\n" % NEW_ID
                     + gmail_attr(d020, "Amazon Web Services", CONSOLE) + "\n" + q(t020), cte="quoted-printable"))

# 022 bounce
add("unrelated", False, CC, [], date=d("2025-03-15 09:40:20"), frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", auth_dom="googlemail.com",
    node=leaf("** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.\n\n"
              "The response from the remote server was:\n550 5.1.1 Mailbox does not accept incoming mail\n\n----- Original message -----\n\n"
              "Subject: Re: RE:[CASE %s] Certification benefit voucher not shown after recertification\nFrom: Kenji Tanabe <%s>\nTo: %s\n\nHello Hana,\n\nI recertified with SAA-C03 on March 2, 2025. Candidate ID %s.\n"
              % (CC, ME_P, CONSOLE, NEW_ID), cte="7bit"))

# 023 ack E (HTML only, to company address)
h023 = ("<html><body><table width='600' style='font-family:Arial;font-size:14px'><tr><td><img src='https://d1.awsstatic.com/logos/aws-logo.png' alt='AWS'></td></tr>"
        "<tr><td><p>Hello,</p><p>We received your message and opened case <b>%s</b>.</p>"
        "<table border='1' cellpadding='5' style='border-collapse:collapse'><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Detail</td><td>Digital Badges</td></tr>"
        "<tr><td>Description</td><td>My SAA badge from the March recertification never appeared on Credly. The Credly profile uses my personal address.</td></tr></table>"
        "<p>An agent will reply within 24 hours in most cases. Opening another case for this issue will not speed it up.</p><p>AWS Training and Certification</p></td></tr></table></body></html>" % CE)
m023 = add("acknowledgement", False, CE, [], date=d("2025-03-16 10:15:31"), frm=TCF, to=ME_C, subject=tc_subj(CE), auth_dom="amazon.com",
           node=leaf(h023, "html", cte="quoted-printable"))

# 024 connpass-style event (Japanese)
add("unrelated", False, None, [], date=d("2025-03-16 18:00:00"), frm=("connpass", "no-reply@connpass.com"), to=ME_P, subject="【JAWS-UG 東京】4月勉強会の参加登録が始まりました",
    auth_dom="connpass.com", node=leaf("田辺 健二 さん\n\nJAWS-UG 東京 の新しいイベントが公開されました。\n\n第62回 JAWS-UG 東京「認定資格どう活かす？」\n日時: 2025/04/17(木) 19:00〜\n\n"
                                       "参加しますか？ 申込みはイベントページからどうぞ。キャンセルは前日までにお願いします。\n\nconnpass", cte="base64"))

# 025 info_request E: write from the registered address
d025 = d("2025-03-17 01:48:12", UTC)
t025 = ("Hello,\n\nThanks for your patience with case %s.\n\nThe certification account linked to the Credly profile you mention is registered to a different email address than the one this request came from. "
        "For the account holder's protection, we can only look into or change an account when the request comes from the address on file.\n\n"
        "We'll need you to send us a message from the address registered on that account. Replying to this email from that mailbox, with the case number kept in the subject, is enough.\n\n"
        "Regards,\nOwen\nAWS Training and Certification" % CE)
m025 = add("info_request", True, CE, [], date=d025, frm=TCF, to=ME_C, subject=tc_subj(CE), irt=m023, auth_dom="amazon.com", node=leaf(t025, cte="7bit"), crlf=True)

# 026 user writes from personal address (Outlook quoting)
t026 = "Hello Owen,\n\nI'm writing from my personal address, which is the one on the account. Please go ahead with case %s.\n\nKenji Tanabe" % CE
m026 = add("user_reply", False, CE, [], date=d("2025-03-17 12:30:00"), frm=TOP, to=TC, subject=tc_subj(CE), irt=m025, refs=[m023, m025], outgoing=True,
           msgid=mid("gmail.com"), node=leaf(t026 + "\n\n" + outlook("Amazon Web Services <%s>" % TC, d025.astimezone(J), ME_C, tc_subj(CE), t025), cte="quoted-printable"))

# 027 case_update A: hold lifted
m027 = add("case_update", False, CA, [], date=d("2025-03-17 15:22:48"), frm=TCF, to=ME_P, subject=tc_subj(CA), irt=m015, refs=[m007, m012, m013, m015], auth_dom="amazon.com",
           node=leaf("Hi Kenji,\n\nGood news: Nexora Systems' partner administrator has released the association, so the hold on your case is lifted.\n\n"
                     "Your request is now with our account team. Nothing is needed from you right now — their next message will list both accounts and ask you to confirm the one to keep.\n\n"
                     "Best regards,\nMarisol R.\nAWS Training and Certification", cte="quoted-printable"))

# 028 confirmation_request A (HTML table)
d028 = d("2025-03-18 10:04:55")
t028 = ("Hello Kenji,\n\nMy name is Devraj and I'm following up on your merge request. Here are the certification accounts I found:\n\n"
        "Account #1\n  Login email: %s\n  Training notification email: %s\n  Certification notification email: %s\n\n"
        "Account #2\n  Login email: %s\n  Training notification email: %s\n  Certification notification email: %s\n\n"
        "Both accounts will be combined into the one you choose, and the other will be closed. Reply with the number of the account you want to keep, "
        "and confirm that both accounts are yours.\n\nThank you,\nDevraj S.\nAWS Training and Certification" % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C))
h028 = ("<html><body style='font-family:Arial'><p>Hello Kenji,</p><p>My name is Devraj and I'm following up on your merge request. Here are the certification accounts I found:</p>"
        "<table border='1' cellpadding='6' style='border-collapse:collapse'><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
        "<tr><td>Login email</td><td>%s</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
        "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr></table>"
        "<p>Both accounts will be combined into the one you choose, and the other will be closed. Reply with the number of the account you want to keep, and confirm that both accounts are yours.</p>"
        "<p>Thank you,<br>Devraj S.<br>AWS Training and Certification</p></body></html>" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C))
m028 = add("confirmation_request", True, CA, [], date=d028, frm=TCF, to=ME_P, subject=tc_subj(CA), irt=m027, refs=[m007, m012, m013, m015, m027],
           auth_dom="amazon.com", node=alt(t028, h028))

# 029 Amazon.co.jp shipping
add("unrelated", False, None, [], date=d("2025-03-18 13:10:00"), frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P, subject="Amazon.co.jp ご注文の商品が発送されました",
    auth_dom="amazon.co.jp", node=leaf("田辺 健二 様\n\nご注文いただいた商品を発送しました。\n注文番号: 250-4418203-7761490\nお届け予定: 3月20日\n\n配送状況は「注文履歴」からご確認いただけます。\n\nAmazon.co.jp", cte="base64"))

# 030 resolved E, quoted request below
t030 = ("Hi Kenji,\n\nThanks for writing from the registered address. I found that the badge had been issued to a second, empty Credly profile. I've moved it to the profile tied to %s and re-sent the invitation.\n\n"
        "What you need to do now (no reply to us required):\n"
        "1. Look for an email from Credly in the next hour.\n2. Sign in to Credly with your personal address and accept the badge.\n"
        "3. If you want it on LinkedIn, use Share on the badge page.\n\n"
        "Was anything else missing? If so, just write back; otherwise this case closes by itself in five days.\n\nOwen\nAWS Training and Certification" % ME_P)
add("resolved", False, CE, [], date=d("2025-03-19 09:20:11"), frm=TCF, to=ME_P, subject=tc_subj(CE), irt=m026, refs=[m023, m025, m026], auth_dom="amazon.com",
    node=leaf(t030 + "\n\n-----Original Message-----\n" + t026 + "\n\n" + q(t025), cte="quoted-printable"))

# 031 Credly badge
add("badge", False, None, [], date=d("2025-03-19 10:05:37", UTC), frm=("Credly", "admin@credly.com"), to=ME_P, subject="Kenji, you've earned a badge from Amazon Web Services Training and Certification",
    auth_dom="credly.com", node=alt("Congratulations, Kenji!\n\nAmazon Web Services Training and Certification has issued you the badge AWS Certified Solutions Architect – Associate.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/2b7c9e4d-81f0-4a53-9c6e-0d5e7a1f3b22\n\nWhy accept? Accepted badges can be shared and verified by employers.\n\nCredly",
                                    "<html><body><h2>Congratulations, Kenji!</h2><p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect – Associate</b>.</p><p><a href='https://www.credly.com/earner/earned/badge/2b7c9e4d-81f0-4a53-9c6e-0d5e7a1f3b22'>Accept your badge</a></p><p>Why accept? Accepted badges can be shared and verified by employers.</p></body></html>"))

# 032 survey E
add("survey", False, CE, [], date=d("2025-03-19 21:00:02", UTC), frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
    subject="How did we do? Case %s" % CE, auth_dom="amazon.com",
    node=alt("Hello,\n\nYou recently worked with us on case %s. Could you spare two minutes?\n\n- How satisfied are you with the resolution?\n- Did the agent understand your issue?\n- What could we do better?\n\nTake the survey: https://amazon.qualtrics.com/jfe/form/SV_tc?case=%s\n\nThank you." % (CE, CE),
             "<html><body><p>Hello,</p><p>You recently worked with us on case %s. Could you spare two minutes?</p><ul><li>How satisfied are you with the resolution?</li><li>Did the agent understand your issue?</li><li>What could we do better?</li></ul><p><a href='https://amazon.qualtrics.com/jfe/form/SV_tc?case=%s'>Take the survey</a></p></body></html>" % (CE, CE)))

# 033 ack D (Japanese, Shift_JIS)
t033 = ("田辺 健二 様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。\n以下の内容でケースを作成いたしました。\n\nケース ID: %s\n"
        "お問い合わせタイプ: 認定\nその他の詳細: 証明書\nAWS 候補 ID: %s\nお問い合わせ内容: 認定証明書の氏名表記を KENJI TANABE に直したいです。\n\n"
        "回答まで通常24時間ほど頂戴しております。恐れ入りますが、同じ内容で新たにケースを作成されませんようお願いいたします。\n\nAWS トレーニングと認定 カスタマーサポート" % (CD, NEW_ID))
m033 = add("acknowledgement", False, CD, [NEW_ID], date=d("2025-03-20 13:05:49"), frm=TCJ, to=ME_P, subject=tc_subj(CD), scharset="shift_jis", fcharset="shift_jis",
           auth_dom="amazon.com", node=leaf(t033, charset="shift_jis", cte="8bit"), crlf=True)

# 034 re:Post notification
add("unrelated", False, None, [], date=d("2025-03-20 16:40:00"), frm=("AWS re:Post", "no-reply@repost.aws"), to=ME_P, subject="New answer to your question: Lambda SnapStart with Java 21",
    auth_dom="repost.aws", node=leaf("Hi kenjit,\n\nSomeone posted an answer to your question \"Lambda SnapStart with Java 21\".\n\nDid it solve your problem? Accept the answer so others can find it.\n\nView: https://repost.aws/questions/QU8x2Lk\n", cte="7bit"))

# 035 closing_notice A
d035 = d("2025-03-21 10:00:03")
t035 = ("Hello Kenji,\n\nI'm following up on my message of March 18. We have not yet received your confirmation of which account to keep.\n\n"
        "If we don't hear from you within 3 business days, this case will be closed. A reply to this email keeps it open.\n\nDevraj S.\nAWS Training and Certification")
m035 = add("closing_notice", True, CA, [], date=d035, frm=TCF, to=ME_P, subject=tc_subj(CA), irt=m028, refs=[m007, m027, m028], auth_dom="amazon.com",
           node=leaf(t035 + "\n\n________________________________\nFrom: Amazon Web Services\nSent: 3/18/2025\n\n" + t028, cte="quoted-printable"))

# 036 user confirms A (Gmail quoting)
d036 = d("2025-03-21 12:17:40")
t036 = ("Hi Devraj,\n\nSorry for the delay. Confirmed: both accounts are mine. Please merge everything into Account #1 (%s, candidate ID %s).\n\nKenji" % (ME_P, NEW_ID))
m036 = add("user_reply", False, CA, [NEW_ID], date=d036, frm=TOP, to=TC, subject=tc_subj(CA), irt=m035, refs=[m007, m028, m035], outgoing=True, msgid=mid("gmail.com"),
           node=leaf(t036 + "\n\n" + gmail_attr(d035, "Amazon Web Services", TC) + "\n" + q(t035 + "\n\n" + t028), cte="quoted-printable"))

# 037 info_request D (Japanese keigo, ISO-2022-JP)
d037 = d("2025-03-21 15:48:00")
t037 = ("田辺 健二 様\n\nAWS トレーニングと認定カスタマーサポートの山本でございます。\nケース %s につきまして、ご連絡いたします。\n\n"
        "証明書に記載する氏名は、試験当日にご提示いただく身分証明書の表記と一致している必要がございます。\n"
        "つきましては、お手元のパスポートまたは運転免許証に記載されているローマ字表記(姓・名の順序を含む)を、本メールにご返信いただけますでしょうか。\n"
        "あわせて、再発行をご希望の認定名もお知らせいただけますと幸いです。\n\nお手数をおかけいたしますが、何卒よろしくお願いいたします。\n\n山本\nAWS トレーニングと認定 カスタマーサポート" % CD)
m037 = add("info_request", True, CD, [], date=d037, frm=TCJ, to=ME_P, subject=tc_subj(CD), irt=m033, auth_dom="amazon.com", scharset="iso-2022-jp", fcharset="iso-2022-jp",
           node=leaf(t037, charset="iso-2022-jp", cte="7bit"))

# 038 resolved A with long "what to do next"
t038 = ("Hi Kenji,\n\nThank you for confirming. I have merged your two certification accounts into Account #1. Your candidate ID from now on is %s; the old login no longer works.\n\n"
        "WHAT TO DO NEXT\n"
        "1. Sign out of the AWS Training and Certification site, then sign back in with the AWS Builder ID for %s.\n"
        "2. Open Exam History and check that your SAA and DVA results are listed.\n"
        "3. Open Benefits. Your unused 50%% exam discount should be there; it keeps its original expiry date.\n"
        "4. Download fresh certificates if you need them — the PDFs now show your personal account.\n"
        "5. Credly may send you a message about badges moving. Accept them there; no reply to us is needed.\n\n"
        "COMMON QUESTIONS\n"
        "Will my partner profile still show my certifications? No — that association was released, and partner dashboards refresh within about a week.\n"
        "What if something is missing? Tell us by replying to this email within 30 days and we'll reopen the case.\n"
        "Do I have to confirm anything else? No. There is nothing further for you to send us.\n\n"
        "Congratulations on the new chapter, and thanks for your patience.\n\nDevraj S.\nAWS Training and Certification" % (NEW_ID, ME_P))
m038 = add("resolved", False, CA, [NEW_ID], date=d("2025-03-22 09:35:12"), frm=TCF, to=ME_P, subject=tc_subj(CA), irt=m036, refs=[m007, m028, m035, m036], auth_dom="amazon.com",
           node=alt(t038 + "\n\n" + gmail_attr(d036, ME_NAME, ME_P) + "\n" + q(t036 + "\n\n" + t028),
                    "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t038.split("\n\n"))
                    + "<blockquote style='border-left:2px solid #ccc;padding-left:8px'>" + t036.replace("\n", "<br>") + "<br><br>" + t028.replace("\n", "<br>") + "</blockquote></body></html>"))

# 039 Credly profile change
add("badge", False, None, [], date=d("2025-03-22 00:42:48", UTC), frm=("Credly", "admin@credly.com"), to=ME_P, subject="Your badges from Amazon Web Services Training and Certification have moved",
    auth_dom="credly.com", node=leaf("Hi Kenji,\n\nAmazon Web Services Training and Certification updated the email address on 2 of your badges. They now appear in your Credly profile for %s.\n\n"
                                     "Haven't verified this email on Credly yet? Sign in and add it under Settings > Emails so future badges land in the right place.\n\nThe Credly Team" % ME_P, cte="quoted-printable"))

# 040 user reply D (Japanese quote style)
d040 = d("2025-03-22 11:08:30")
t040 = "山本様\n\nご連絡ありがとうございます。\nパスポートの表記は「TANABE KENJI」(姓 TANABE、名 KENJI)です。証明書には KENJI TANABE の順で記載をお願いします。\n再発行を希望するのは AWS Certified Solutions Architect - Associate です。\n\nよろしくお願いいたします。\n田辺 健二"
m040 = add("user_reply", False, CD, [], date=d040, frm=("田辺 健二", ME_P), to=TC, subject=tc_subj(CD), irt=m037, refs=[m033, m037], outgoing=True, msgid=mid("gmail.com"),
           node=leaf(t040 + "\n\n" + jp_attr(d037, "アマゾン ウェブ サービス", TC) + "\n" + q(t037), cte="8bit"))

# 041 survey A (HTML only)
add("survey", False, CA, [], date=d("2025-03-23 04:00:00", UTC), frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
    subject="Tell us about your recent support experience", auth_dom="amazon.com",
    node=leaf("<html><body style='font-family:Arial'><p>Hi Kenji,</p><p>Your case <b>%s</b> was recently resolved. We'd like to know how it went.</p>"
              "<p><b>How likely are you to recommend AWS Training and Certification support?</b></p><p>"
              % CA + " ".join("<a href='https://amazon.qualtrics.com/jfe/form/SV_tc?case=%s&amp;s=%d'>%d</a>" % (CA, i, i) for i in range(11))
              + "</p><p>Was your issue resolved on first contact? Was the agent courteous? You can answer both on the next page.</p><p style='font-size:11px;color:#777'>This survey is optional and anonymous.</p></body></html>",
              "html", cte="base64"))

# 042 owner forwards resolution to former manager
add("user_reply", False, CA, [], date=d("2025-03-23 20:14:51"), frm=("田辺 健二", ME_C), to=("Ryo Kimura", "ryo.kimura@nexora-sys.co.jp"), subject="Fwd: " + tc_subj(CA), outgoing=True,
    node=leaf("木村さん\n\nFYI: AWS認定アカウントの移行が完了しました。パートナーセントラル側の認定者リストから私を外していただけますか？\n\n田辺\n\n---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: Sat, Mar 22, 2025 at 9:35 AM\nSubject: %s\nTo: <%s>\n\n%s" % (TC, tc_subj(CA), ME_P, t038), cte="base64"))

# 043 newsletter JP
add("unrelated", False, None, [], date=d("2025-03-24 07:00:00"), frm=("Tech Weekly JP", "newsletter@techweekly.jp"), to=ME_P, subject="今週のクラウドニュース: 資格はまだ必要か？",
    auth_dom="techweekly.jp", extra=[("List-Unsubscribe", "<https://techweekly.jp/unsub?u=88213>")],
    node=alt("クラウド資格はまだ必要でしょうか？ 採用担当者50人に聞いた結果を紹介します。\n\nあなたのチームは生成AIの準備ができていますか？ 特集記事をチェックしてください。\n\n配信停止はこちら: https://techweekly.jp/unsub?u=88213",
             "<html><body><h2>クラウド資格はまだ必要でしょうか？</h2><p>採用担当者50人に聞いた結果を紹介します。</p><p>あなたのチームは生成AIの準備ができていますか？ 特集記事をチェックしてください。</p></body></html>", cte="base64"))

# 044 case_update D (Japanese FAQ)
m044 = add("case_update", False, CD, [], date=d("2025-03-24 10:42:17"), frm=TCJ, to=ME_P, subject=tc_subj(CD), irt=m040, refs=[m033, m037, m040], auth_dom="amazon.com",
           node=leaf("田辺 健二 様\n\nご回答いただきありがとうございます。いただいた表記をもとに、証明書発行チームへ修正を依頼いたしました。\n\n"
                     "【よくあるご質問】\nQ. 改めて返信する必要はありますか？\nA. いいえ、現時点でお客様にご対応いただくことはございません。\n"
                     "Q. 修正にはどのくらいかかりますか？\nA. 通常3〜5営業日です。完了しましたら本ケースでお知らせいたします。\n"
                     "Q. 修正中に試験を予約できますか？\nA. はい、予約や受験に影響はございません。\n\n山本\nAWS トレーニングと認定 カスタマーサポート", cte="base64"))

# 045 case_update C (console, passed to another team)
add("case_update", False, CC, [], date=d("2025-03-24 23:30:12"), frm=AWSC, to=ME_P, subject="RE:[CASE %s] Certification benefit voucher not shown after recertification" % CC, irt=m020, auth_dom="amazon.com",
    node=leaf("Hello Kenji,\n\nThank you for the screenshot you added in the Support Center. I've forwarded the case to the team that manages exam benefits; they usually respond within two business days.\n\n"
              "Anything else you'd like them to know can be added to the case in the Support Center, but it isn't required.\n\nBest regards,\nHana\nAmazon Web Services" + CONSOLE_FOOT % CC, cte="quoted-printable"))

# 046 certmetrics exam experience survey
add("certification", False, None, [NEW_ID], date=d("2025-03-25 06:02:10", UTC), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS Certification wants to hear from you", auth_dom="certmetrics.com",
    node=alt("Hello Kenji,\n\nCandidate ID: %s\n\nYou recently took an AWS Certification exam. How was the registration process? Was the online proctoring experience smooth?\n\nShare your feedback (about 5 minutes): https://survey.certmetrics.com/aws/exp?t=8c21f0\n\nAWS Certification" % NEW_ID,
             "<html><body><p>Hello Kenji,</p><p>Candidate ID: %s</p><p>You recently took an AWS Certification exam. How was the registration process? Was the online proctoring experience smooth?</p><p><a href='https://survey.certmetrics.com/aws/exp?t=8c21f0'>Share your feedback</a> (about 5 minutes)</p></body></html>" % NEW_ID))

# 047 other vendor "solved"
add("unrelated", False, None, [], date=d("2025-03-25 18:25:00"), frm=("Fastly Support", "support@fastly.com"), to=ME_C, subject="[Fastly Support] Re: Purge API returns 403 - Request #48213 solved",
    auth_dom="fastly.com", node=leaf("Hi Kenji,\n\nWe've marked request #48213 as solved since the API token scope fix worked.\n\nWas this helpful? Rate our reply: Good / Bad\nIf the problem comes back, reply to this email within 7 days to reopen the request.\n\nFastly Support", cte="7bit"))

# 048 AWS Educate case asks a question (other program)
add("unrelated", False, None, [], date=d("2025-03-25 22:10:44", UTC), frm=("Amazon Web Services", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 174175590088310] [AWS Educate Form Submission] - student-access", irt=m011, auth_dom="amazon.com",
    node=leaf("Hello Kenji,\n\nThanks for your patience. Could you please tell us the official name of the institution and how many students need access? Once we have that, we can set up the group.\n\nRegards,\nPriya\nAWS Educate Support", cte="quoted-printable"))

# 049 ack F (base64, CRLF)
t049 = ("Hello Kenji Tanabe,\n\nThank you for contacting Amazon Web Services Training and Certification. We have opened case %s.\n\n"
        "Subject: Exam appointment cancelled during Pearson VUE outage — voucher used\nInquiry type: Certification / Exam Vouchers\n\n"
        "We aim to reply within one business day. There is no need to submit the form again.\n\nAWS Training and Certification" % CF)
m049 = add("acknowledgement", False, CF, [], date=d("2025-03-26 08:50:27"), frm=TCF, to=ME_P, subject=tc_subj(CF), auth_dom="amazon.com", node=leaf(t049, cte="base64"), crlf=True)

# 050 colleague auto-reply
add("unrelated", False, None, [], date=d("2025-03-26 09:00:01"), frm=("Daniel Okafor", "daniel.okafor@nexora-sys.co.jp"), to=ME_C, subject="Automatic reply: DR drill runbook before you go",
    irt=m016, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "daniel.okafor@nexora-sys.co.jp")],
    node=leaf("I'm out of the office until March 31 with limited access to email. For urgent matters, please contact infra-oncall@nexora-sys.co.jp.", cte="7bit"))

# 051 info_request F — ask buried at end, no "please"
d051 = d("2025-03-27 02:05:39", UTC)
t051 = ("Hello Kenji,\n\nI'm sorry your exam was disrupted. On March 25 Pearson VUE had an OnVUE outage that cancelled a number of appointments; in those cases we can usually restore the voucher that was applied at booking.\n\n"
        "Restored vouchers are issued by our exam operations team after they match the cancelled appointment to the outage window. They need the appointment details to find it, because candidate records alone don't show which appointment used the voucher.\n\n"
        "The Pearson VUE registration number from your confirmation email (nine digits) and the scheduled date and time are what we need from you to move forward.\n\nKind regards,\nLena\nAWS Training and Certification")
m051 = add("info_request", True, CF, [], date=d051, frm=TCF, to=ME_P, subject=tc_subj(CF), irt=m049, auth_dom="amazon.com", node=leaf(t051, cte="quoted-printable"))

# 052 resolved D (Japanese)
add("resolved", False, CD, [], date=d("2025-03-27 14:22:05"), frm=TCJ, to=ME_P, subject=tc_subj(CD), irt=m044, refs=[m033, m037, m040, m044], auth_dom="amazon.com",
    node=alt("田辺 健二 様\n\nお待たせいたしました。ご登録の氏名を「KENJI TANABE」に修正いたしました。\n"
             "AWS 認定アカウントの「認定」ページから、新しい表記の証明書をダウンロードいただけます。ご確認のほどよろしくお願いいたします。\n\n"
             "その他ご不明な点がございましたら、お気軽に本メールへご返信ください。\n\n山本\nAWS トレーニングと認定 カスタマーサポート\n\n"
             + jp_attr(d040, "田辺 健二", ME_P) + "\n" + q(t040) + "\n>\n" + q(q(t037)),
             "<html><body><p>田辺 健二 様</p><p>お待たせいたしました。ご登録の氏名を「KENJI TANABE」に修正いたしました。<br>AWS 認定アカウントの「認定」ページから、新しい表記の証明書をダウンロードいただけます。ご確認のほどよろしくお願いいたします。</p>"
             "<p>その他ご不明な点がございましたら、お気軽に本メールへご返信ください。</p><p>山本<br>AWS トレーニングと認定 カスタマーサポート</p><blockquote>" + t040.replace("\n", "<br>") + "<br><br>" + t037.replace("\n", "<br>") + "</blockquote></body></html>",
             cte="base64"))

# 053 survey D (Japanese)
add("survey", False, CD, [], date=d("2025-03-28 09:00:00"), frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), to=ME_P, subject="サポート品質向上のためのアンケートご協力のお願い",
    auth_dom="amazon.com", node=leaf("田辺 健二 様\n\n先日はケース %s にてお問い合わせいただき、ありがとうございました。\n今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。\n\n"
                                     "・担当者の対応はいかがでしたか？\n・問題は解決しましたか？\n\nアンケートはこちら(所要時間 約2分): https://amazon.qualtrics.com/jfe/form/SV_tcjp?case=%s\n\n※本アンケートへのご回答は任意です。" % (CD, CD), cte="base64"))

# 054 HR notice
add("unrelated", False, None, [], date=d("2025-03-28 09:30:00"), frm=("人事部", "jinji@nexora-sys.co.jp"), to=("田辺 健二", ME_C), subject="【ご案内】最終出社日の手続きについて",
    scharset="iso-2022-jp", fcharset="iso-2022-jp",
    node=leaf("田辺 健二 様\n\n本日は最終出社日となります。以下の手続きをお願いします。\n\n1. 貸与PC・入館証を17時までに総務へ返却してください。\n2. 退職書類に署名のうえ提出してください。\n3. 会社メールアドレスは3月31日に停止されます。\n\nご不明点は人事部までお問い合わせください。\n\n人事部", charset="iso-2022-jp", cte="7bit"), crlf=True)

# 055 certification: benefit voucher
add("certification", False, None, [NEW_ID], date=d("2025-03-29 01:12:00", UTC), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="You have a new AWS Certification benefit", auth_dom="certmetrics.com",
    node=leaf("Hello Kenji,\n\nCandidate ID: %s\n\nA 50%% exam discount has been added to your AWS Certification Account. Find the code under Benefits and enter it when you schedule your next exam.\n\nHow long is it valid? Until March 29, 2026.\n\nAWS Certification" % NEW_ID, cte="quoted-printable"))

# 056 closing_notice F (reminder, HTML only)
d056 = d("2025-03-30 10:00:00")
h056 = ("<html><body><p>Hello Kenji,</p><p>We are still waiting for the Pearson VUE registration number and appointment time for case %s.</p>"
        "<p>This case will be closed automatically on <b>April 2</b> if we do not receive a reply. Answering this email before then keeps it open.</p><p>Lena<br>AWS Training and Certification</p>"
        "<div style='border-top:1px solid #ccc;margin-top:16px;color:#555'>%s</div></body></html>" % (CF, t051.replace("\n", "<br>")))
m056 = add("closing_notice", True, CF, [], date=d056, frm=TCF, to=ME_P, subject=tc_subj(CF), irt=m051, refs=[m049, m051], auth_dom="amazon.com", node=leaf(h056, "html", cte="quoted-printable"))

# 057 Skill Builder receipt
add("unrelated", False, None, [], date=d("2025-03-30 15:44:31"), frm=("AWS Skill Builder", "no-reply@aws.training"), to=ME_P, subject="Your AWS Skill Builder Individual subscription receipt",
    auth_dom="aws.training", node=alt("Thanks for subscribing to AWS Skill Builder Individual.\n\nOrder: SB-2025-0330-77182\nAmount: USD 29.00 (monthly)\n\nWant to cancel? You can do it any time from Account > Subscription. Questions? See the FAQ at https://skillbuilder.aws/faq\n",
                                      "<html><body><p>Thanks for subscribing to <b>AWS Skill Builder Individual</b>.</p><p>Order: SB-2025-0330-77182<br>Amount: USD 29.00 (monthly)</p><p>Want to cancel? You can do it any time from Account &gt; Subscription. Questions? See the <a href='https://skillbuilder.aws/faq'>FAQ</a>.</p></body></html>"))

# 058 resolved C (console, with feedback footer)
add("resolved", False, CC, [], date=d("2025-03-31 11:05:49"), frm=AWSC, to=ME_P, subject="RE:[CASE %s] Certification benefit voucher not shown after recertification" % CC, irt=m020, auth_dom="amazon.com",
    node=leaf("Hello Kenji,\n\nThe benefits team found that the voucher had been attached to your former account during the merge. It has been reissued and is now listed on your Benefits page with the original expiry.\n\n"
              "If this takes care of the issue, there's nothing more to do; the case will be marked resolved in a few days. If not, you can reopen it from the Support Center.\n\n"
              "How did we do? Rate this reply in the Support Center — your rating helps us improve.\n\nBest regards,\nHana\nAmazon Web Services" + CONSOLE_FOOT % CC, cte="quoted-printable"))

# 059 console Billing case (not T&C) with a question
add("unrelated", False, None, [], date=d("2025-04-01 05:40:12", UTC), frm=AWSC, to=ME_P, subject="RE:[CASE 12880120334] Charges for idle Elastic IP", auth_dom="amazon.com",
    node=leaf("Hello,\n\nThank you for contacting AWS Billing. Could you confirm whether the Elastic IP in ap-northeast-1 is still needed? If it is released, we can look at a one-time credit for March.\n\nBest regards,\nCarlos\nAmazon Web Services" + CONSOLE_FOOT % "12880120334", cte="quoted-printable"))

# 060 closing_notice F (closed, reply reopens)
d060 = d("2025-04-02 10:01:00")
t060 = ("Hello Kenji,\n\nBecause we did not receive the details requested on March 27, case %s has now been closed.\n\n"
        "You can reopen it within 14 days by replying to this email with the Pearson VUE registration number and appointment time. After that, a new request would be needed.\n\nAWS Training and Certification" % CF)
m060 = add("closing_notice", True, CF, [], date=d060, frm=TCF, to=ME_P, subject=tc_subj(CF), irt=m056, refs=[m049, m051, m056], auth_dom="amazon.com", node=leaf(t060, cte="7bit"))

# 061 dmarc=fail spoof of the real sender
add("suspicious", False, None, [], date=d("2025-04-02 13:33:00"), frm=TCF, to=ME_P, subject=tc_subj(CF), auth_dom="amazon.com", auth_ok=False, mailfrom="mx-relay47.biz",
    node=leaf("Hello Kenji,\n\nTo reissue your exam voucher a reinstatement fee of USD 49 applies. Reply to this email with your card number, expiry date and CVV and we will process it today.\n\nAWS Training and Certification", cte="7bit"))

# 062 user reply F (Outlook top-post)
d062 = d("2025-04-02 21:10:44")
t062 = "Hello Lena,\n\nSorry for the late answer. Pearson VUE registration number: 412209876. The appointment was Tuesday, March 25, 2025 at 10:00 JST (OnVUE).\n\nPlease reopen the case.\n\nKenji Tanabe"
m062 = add("user_reply", False, CF, [], date=d062, frm=TOP, to=TC, subject="RE: " + tc_subj(CF), irt=m060, refs=[m049, m051, m056, m060], outgoing=True, msgid=mid("gmail.com"),
           node=leaf(t062 + "\n\n" + outlook("Amazon Web Services <%s>" % TC, d060, ME_P, tc_subj(CF), t060), cte="quoted-printable"), crlf=True)

# 063 case_update F: reopened
m063 = add("case_update", False, CF, [], date=d("2025-04-03 09:12:30"), frm=TCF, to=ME_P, subject=tc_subj(CF), irt=m062, refs=[m049, m051, m060, m062], auth_dom="amazon.com",
           node=leaf("Hello Kenji,\n\nThanks — case %s is open again, and the registration number is with our exam operations team. You don't need to send anything else while they check the outage records; I'll update you here.\n\nLena\nAWS Training and Certification" % CF, cte="quoted-printable"))

# 064 GitHub issue closed (personal)
add("unrelated", False, None, [], date=d("2025-04-03 12:00:00"), frm=("github-actions[bot]", "notifications@github.com"), to=ME_P, subject="Re: [kenjit/dotfiles] zsh prompt slow on WSL (Issue #17)",
    auth_dom="github.com", node=leaf("Closed #17 as completed via #18.\n\n—\nReply to this email directly, view it on GitHub:\nhttps://github.com/kenjit/dotfiles/issues/17#event-9911\n", cte="7bit"))

# 065 info_request F — real question after long explanation
d065 = d("2025-04-04 08:45:10")
t065 = ("Hello Kenji,\n\nThe exam operations team confirmed that your March 25 appointment was cancelled by the OnVUE outage, so you qualify for a replacement voucher.\n\n"
        "How does a replacement voucher work? It is a single-use code, valid for 12 months, that covers the full exam fee. It is tied to one exam code, and it cannot be transferred to another person.\n"
        "Will the cancelled attempt count against me? No. It has been removed from your exam history.\n\n"
        "Before I issue it, one decision from you: should the voucher be for DVA-C02 again, or for a different exam such as SAA-C03? Let me know which exam code you want.\n\nLena\nAWS Training and Certification")
m065 = add("info_request", True, CF, [], date=d065, frm=TCF, to=ME_P, subject=tc_subj(CF), irt=m063, refs=[m049, m060, m062, m063], auth_dom="amazon.com", node=alt(t065, "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t065.split("\n\n")) + "</body></html>"))

# 066 user answers F
d066 = d("2025-04-04 12:02:00")
t066 = "Hi Lena,\n\nDVA-C02 again, please.\n\nThanks,\nKenji"
m066 = add("user_reply", False, CF, [], date=d066, frm=TOP, to=TC, subject=tc_subj(CF), irt=m065, refs=[m049, m063, m065], outgoing=True, msgid=mid("gmail.com"),
           node=leaf(t066 + "\n\n" + gmail_attr(d065, "Amazon Web Services", TC) + "\n" + q(t065), cte="7bit"))

# 067 resolved F, quotes the question
add("resolved", False, CF, [], date=d("2025-04-05 10:20:00"), frm=TCF, to=ME_P, subject=tc_subj(CF), irt=m066, refs=[m049, m065, m066], auth_dom="amazon.com",
    node=leaf("Hello Kenji,\n\nYour DVA-C02 replacement voucher has been issued and is now on the Benefits page of your certification account.\n\n"
              "How to use it:\n- Sign in to your AWS Certification Account and choose Schedule an exam.\n- Pick DVA-C02 and continue to Pearson VUE.\n- Enter the voucher code at checkout; the total should show zero.\n\n"
              "Can the expiry be extended? No, so book within 12 months. Need help booking? Pearson VUE support handles scheduling questions.\n\n"
              "Good luck on the exam!\nLena\nAWS Training and Certification\n\n" + gmail_attr(d066, ME_NAME, ME_P) + "\n" + q(t066 + "\n\n" + gmail_attr(d065, "Amazon Web Services", TC) + "\n" + q(t065)), cte="quoted-printable"))

# 068 survey F asking for reply with a digit
add("survey", False, CF, [], date=d("2025-04-06 09:00:00"), frm=("AWS Training and Certification", TC), to=ME_P, subject="Quick question about case %s" % CF, auth_dom="amazon.com",
    node=leaf("Hello Kenji,\n\nOn a scale of 1 to 5, how satisfied were you with the help you received on case %s?\n\nJust reply to this email with a single number. Any comments are welcome too.\n\nThis is a voluntary feedback request; your case is already closed.\n\nAWS Training and Certification" % CF, cte="7bit"))

# 069 AWS Summit marketing (JP)
add("unrelated", False, None, [], date=d("2025-04-07 11:00:00"), frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P, subject="AWS Summit Japan 2025 登録受付中 — ご参加いただけますか？",
    auth_dom="amazon.com", node=alt("AWS Summit Japan 2025 の参加登録を受け付けています。\n今年はどのセッションに参加されますか？ 200以上のセッションからお選びください。\n\n登録はこちら: https://aws.amazon.com/jp/summits/japan/\n",
                                    "<html><body><h2>AWS Summit Japan 2025 登録受付中</h2><p>今年はどのセッションに参加されますか？ 200以上のセッションからお選びください。</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p></body></html>", cte="base64"))

# 070 fake Credly
add("suspicious", False, None, [], date=d("2025-04-08 03:12:45"), frm=("Credly Badges", "admin@credly-notify.com"), to=ME_P, subject="Your AWS badges will be revoked in 48 hours",
    auth_dom="credly-notify.com",
    node=alt("Dear earner,\n\nWe could not verify your AWS Builder ID. Your badges issued by Amazon Web Services Training and Certification will be revoked in 48 hours.\n\nRe-verify now: http://credly-notify.com/reverify\n",
             "<html><body><p>Dear earner,</p><p>We could not verify your AWS Builder ID. Your badges issued by Amazon Web Services Training and Certification will be <b>revoked in 48 hours</b>.</p><p><a href='http://credly-notify.com/reverify'>Re-verify now</a></p></body></html>"))

# 071 Partner Central removal (other AWS program)
add("unrelated", False, None, [], date=d("2025-04-08 10:00:00"), frm=("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), to=ME_P, subject="Your AWS Partner Central user has been unlinked",
    auth_dom="partnercentral.awspartner.com",
    node=leaf("Hello,\n\nYour user was unlinked from the partner organization Nexora Systems K.K. by its alliance lead. Training you complete from now on will not count toward that partner.\n\n"
              "Joining another partner? Ask its alliance lead to invite you, then accept the invitation from Partner Central.\n\nAWS Partner Network", cte="quoted-printable"))

# 072 ack G (Japanese)
t072 = ("田辺 健二 様\n\nお問い合わせを受け付けました。ケース ID: %s\n\nお問い合わせ内容: 認定通知メールが旧会社アドレス宛のままになっているため、個人アドレスに変更したい。\n\n"
        "担当者より順次ご連絡いたします。なお、このメールへのご返信は不要です。\n\nAWS トレーニングと認定 カスタマーサポート" % CG)
m072 = add("acknowledgement", False, CG, [], date=d("2025-04-09 19:20:08"), frm=TCJ, to=ME_P, subject=tc_subj(CG), auth_dom="amazon.com", node=leaf(t072, cte="base64"))

# 073 Pearson VUE reminder
add("unrelated", False, None, [], date=d("2025-04-09 21:00:00"), frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P, subject="Reminder: your AWS Certification exam is in 3 days",
    auth_dom="pearson.com", node=leaf("Dear Kenji Tanabe,\n\nThis is a reminder of your upcoming exam.\nExam: AWS Certified Developer - Associate (DVA-C02)\nDate: Saturday, April 12, 2025, 14:00 JST\nRegistration number: 418830125\n\nHave you run the system test yet? Please complete it before exam day.\n\nPearson VUE", cte="7bit"))

# 074 info_request G (Japanese plain ください)
d074 = d("2025-04-10 11:30:00")
t074 = ("田辺 様\n\nAWS トレーニングと認定の中村です。ケース %s について確認させてください。\n\n"
        "認定通知の送信先は次のいずれかの方法で変更できます。\n1) アカウントのログインアドレスと同じ %s に統一する\n2) 別のアドレスを通知専用として登録する\n\n"
        "どちらを希望されるか、本メールにご返信ください。2) の場合は登録するアドレスも記載してください。\n\n中村\nAWS トレーニングと認定" % (CG, ME_P))
m074 = add("info_request", True, CG, [], date=d074, frm=TCJ, to=ME_P, subject=tc_subj(CG), irt=m072, auth_dom="amazon.com", node=leaf(t074, cte="quoted-printable"))

# 075 user reply G
t075 = "中村様\n\n1) でお願いします。ログインと同じ個人アドレスに統一してください。\n\n田辺"
m075 = add("user_reply", False, CG, [], date=d("2025-04-10 12:05:19"), frm=("田辺 健二", ME_P), to=TC, subject=tc_subj(CG), irt=m074, refs=[m072, m074], outgoing=True, msgid=mid("gmail.com"),
           node=leaf(t075 + "\n\n" + jp_attr(d074, "アマゾン ウェブ サービス", TC) + "\n" + q(t074), cte="base64"))

# 076 resolved G with 今後の流れ & self-answered questions
add("resolved", False, CG, [], date=d("2025-04-11 10:10:10"), frm=TCJ, to=ME_P, subject=tc_subj(CG), irt=m075, refs=[m072, m074, m075], auth_dom="amazon.com",
    node=alt("田辺 様\n\n認定通知の送信先を %s に変更いたしました。\n\n【今後の流れ】\n・次回以降の認定関連メール(有効期限のお知らせ、特典の追加など)は新しいアドレスに届きます。\n"
             "・念のため、AWS 認定アカウントにサインインし、「アカウント設定」で通知先が更新されていることをご確認ください。\n\n"
             "旧アドレスに届いていたメールはどうなるのでしょうか？ 過去のメールが移動されることはありませんが、証明書などはアカウント上からいつでも再ダウンロードできます。\n"
             "再度ご連絡いただく必要はありますか？ いいえ、本件はこれで完了です。\n\n中村\nAWS トレーニングと認定\n\n" % ME_P + q(t075),
             "<html><body><p>田辺 様</p><p>認定通知の送信先を %s に変更いたしました。</p><h4>【今後の流れ】</h4><ul><li>次回以降の認定関連メール(有効期限のお知らせ、特典の追加など)は新しいアドレスに届きます。</li>"
             "<li>念のため、AWS 認定アカウントにサインインし、「アカウント設定」で通知先が更新されていることをご確認ください。</li></ul>"
             "<p>旧アドレスに届いていたメールはどうなるのでしょうか？ 過去のメールが移動されることはありませんが、証明書などはアカウント上からいつでも再ダウンロードできます。<br>再度ご連絡いただく必要はありますか？ いいえ、本件はこれで完了です。</p><p>中村<br>AWS トレーニングと認定</p></body></html>" % ME_P,
             cte="base64"))

# 077 exam result
add("certification", False, None, [NEW_ID], date=d("2025-04-13 06:30:00", UTC), frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations! You are now AWS Certified", auth_dom="certmetrics.com",
    node=alt("Hello Kenji Tanabe,\n\nCandidate ID: %s\n\nCongratulations on earning AWS Certified Developer - Associate. Your digital badge will arrive from Credly shortly; your certificate is available in your AWS Certification Account.\n\nWhat's next? Explore the Professional-level exams and check Benefits for your new 50%% discount.\n\nAWS Certification" % NEW_ID,
             "<html><body><p>Hello Kenji Tanabe,</p><p>Candidate ID: %s</p><p>Congratulations on earning <b>AWS Certified Developer - Associate</b>. Your digital badge will arrive from Credly shortly; your certificate is available in your AWS Certification Account.</p><p>What's next? Explore the Professional-level exams and check Benefits for your new 50%% discount.</p></body></html>" % NEW_ID))

# 078 Credly DVA badge (older sender)
add("badge", False, None, [], date=d("2025-04-13 07:02:11", UTC), frm=("Credly", "admin@youracclaim.com"), to=ME_P, subject="Accept your AWS Certified Developer – Associate badge",
    auth_dom="youracclaim.com", node=leaf("Hi Kenji,\n\nAmazon Web Services Training and Certification sent you a new badge: AWS Certified Developer – Associate.\n\nAccept it here: https://www.credly.com/badges/8f1d3a2c-4b9e-47c1-a0de-55e1b2c7f901/accept\n\nNot ready yet? The link stays valid; we'll remind you in a week.\n\nCredly", cte="quoted-printable"))

# 079 Builder ID new sign-in notice
add("unrelated", False, None, [], date=d("2025-04-14 22:41:00"), frm=("AWS", "no-reply@signin.aws"), to=ME_P, subject="New sign-in to your AWS Builder ID", auth_dom="signin.aws",
    node=leaf("Hello,\n\nYour AWS Builder ID was used to sign in from a new device (Chrome on Windows, Tokyo, JP).\n\nWas this you? Then there's nothing to do. If it wasn't, change your password and sign out of all sessions from your Builder ID profile.\n\nAmazon Web Services", cte="7bit"))

# 080 re:Invent registration case (other AWS program) resolved
add("unrelated", False, None, [], date=d("2025-04-16 03:22:00", UTC), frm=("Amazon Web Services", "aws-cs-reinvent-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 174470211300452] [AWS re:Invent Form Submission] - registration-transfer", auth_dom="amazon.com",
    node=leaf("Hello Kenji,\n\nYour re:Invent registration has been moved to your personal email address as requested. Your case is now resolved.\n\n"
              "Next steps: sign in to the attendee portal with the new address and complete your profile. If something looks wrong, reply and we'll take another look.\n\nAWS re:Invent Registration Team", cte="quoted-printable"))

# 081 ack H (English HTML)
t081 = ("Hello,\n\nYour request has been received. Case %s is open.\n\nDescription: Two certification accounts share the address %s (%s and %s). Please merge the second into the first.\n\n"
        "Our team replies within 24 hours in most cases. Sending the form again will create a duplicate and delay things.\n\nAWS Training and Certification" % (CH, ME_P, NEW_ID, DUP_ID))
m081 = add("acknowledgement", False, CH, [NEW_ID, DUP_ID], date=d("2025-04-22 23:10:04"), frm=TCF, to=ME_P, subject=tc_subj(CH), auth_dom="amazon.com",
           node=alt(t081, "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t081.split("\n\n")) + "</body></html>"))

# 082 confirmation_request H (Japanese keigo)
d082 = d("2025-04-24 10:40:00")
t082 = ("田辺 健二 様\n\nケース %s を担当いたします、AWS トレーニングと認定の小林と申します。\n\n同じメールアドレスで登録された認定アカウントが2件見つかりました。\n\n"
        "(1) 候補 ID: %s(認定 2 件、特典 1 件)\n   ログインメール: %s\n(2) 候補 ID: %s(試験履歴なし、パートナーセントラル経由で作成)\n   ログインメール: %s\n\n"
        "(1)を残し、(2)を(1)へ統合する形でよろしいでしょうか。両アカウントがご本人様のものであることとあわせて、ご確認のうえご返信のほどよろしくお願いいたします。\n\n小林\nAWS トレーニングと認定 カスタマーサポート" % (CH, NEW_ID, ME_P, DUP_ID, ME_P))
m082 = add("confirmation_request", True, CH, [NEW_ID, DUP_ID], date=d082, frm=TCJ, to=ME_P, subject=tc_subj(CH), irt=m081, auth_dom="amazon.com",
           scharset="iso-2022-jp", fcharset="iso-2022-jp", node=leaf(t082, charset="iso-2022-jp", cte="7bit"), crlf=True)

# 083 user reply H
t083 = "小林様\n\nご確認ありがとうございます。どちらも私のアカウントです。\nご提案どおり、(1)へ統合をお願いいたします。\n\n田辺 健二"
m083 = add("user_reply", False, CH, [], date=d("2025-04-24 12:11:00"), frm=("田辺 健二", ME_P), to=TC, subject=tc_subj(CH), irt=m082, refs=[m081, m082], outgoing=True, msgid=mid("gmail.com"),
           node=leaf(t083 + "\n\n" + jp_attr(d082, "アマゾン ウェブ サービス", TC) + "\n" + q(t082), cte="quoted-printable"))

# 084 colleague asks a question about the merge (not support)
add("unrelated", False, None, [], date=d("2025-04-24 18:30:00"), frm=("Misaki Sato", "misaki.sato.mk@gmail.com"), to=ME_P, subject="認定アカウントの統合ってどうやった？",
    node=leaf("田辺さん\n\n元気ですか？ 私も来月転職するので、AWS認定アカウントの統合手順を教えてもらえませんか？\nサポートからの確認メールにはどう返信しましたか？ 「Confirmed」だけで大丈夫でした？\n\n佐藤", cte="base64"))

# 085 resolved H (Japanese) with quoted confirmation request
add("resolved", False, CH, [NEW_ID], date=d("2025-04-25 09:02:33"), frm=TCJ, to=ME_P, subject=tc_subj(CH), irt=m083, refs=[m081, m082, m083], auth_dom="amazon.com",
    node=leaf("田辺 健二 様\n\nアカウントの統合が完了いたしました。今後は候補 ID %s のみをご利用ください。\n\n"
              "Credly のバッジが一時的に重複して表示される場合がございますが、数日で自動的に整理されます。お客様側での操作は不要です。\n"
              "統合後の内容に相違がございましたら、30日以内に本メールへご返信いただければ再調査いたします。\n\n小林\nAWS トレーニングと認定 カスタマーサポート\n\n"
              "-----Original Message-----\n%s\n\n%s" % (NEW_ID, t083, t082), cte="base64"))

# 086 survey H console-style footer-only mail
add("survey", False, CH, [], date=d("2025-04-26 09:00:00"), frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P, subject="We value your feedback on case %s" % CH,
    auth_dom="amazon.com", node=alt("Hello,\n\nThank you for contacting AWS Training and Certification about case %s.\n\nWhat went well? What didn't? Tell us in a three-question survey: https://amazon.qualtrics.com/jfe/form/SV_tc?case=%s\n\nNo response is necessary if you'd rather not." % (CH, CH),
                                    "<html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification about case %s.</p><p>What went well? What didn't? Tell us in a <a href='https://amazon.qualtrics.com/jfe/form/SV_tc?case=%s'>three-question survey</a>.</p><p>No response is necessary if you'd rather not.</p></body></html>" % (CH, CH)))


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    for i, (raw, label) in enumerate(MSGS, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(l["kind"] for _, l in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", sum(1 for _, l in MSGS if l["needs_reply"])))


if __name__ == "__main__":
    main()
